### oras-check messages: Finnish (suomi). Missing messages fall back to English.
