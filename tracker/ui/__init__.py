"""PySide6 widgets: the main window, table models, forms, dialogs and the undo stack."""
