"""Instruments: the model, the loader, answer checking and the registry of versions."""
