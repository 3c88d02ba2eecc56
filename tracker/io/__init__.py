"""Import and export of records (CSV/XLSX), the bundled datasets, and the chart spec. No Qt."""
