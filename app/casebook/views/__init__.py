"""One blueprint per area of the fieldwork site."""
