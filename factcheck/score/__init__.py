"""Scoring outlets and authors from a batch's results."""
