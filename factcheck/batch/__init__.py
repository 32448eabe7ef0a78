"""Batch mode: many articles, one data plan, parallel workers, resumable, tables out."""
