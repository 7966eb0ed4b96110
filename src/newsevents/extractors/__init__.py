"""
Record extractors: each is a callable ``Article -> tuple[Record, ...]``.
"""
