"""Read: raw files (text or PDF) into text, with clear rejections."""
