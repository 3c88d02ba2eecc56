"""Plain-Python domain: entities, codes, validation and derived figures. No Qt, no SQL."""
