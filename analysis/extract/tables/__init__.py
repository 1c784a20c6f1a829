"""Generic table readers, one per layout, returning cells with their offsets."""
