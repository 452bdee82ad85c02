### oras-check messages: Swedish (svenska). Missing messages fall back to English.
