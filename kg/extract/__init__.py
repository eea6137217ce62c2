"""Extraction: an article's text → entities and statements (:class:`kg.records.Extraction`).

How an article flows through it is told in ``README.md`` beside this file.
"""
