"""Exports of the release and the instruments in formats other tools open."""
