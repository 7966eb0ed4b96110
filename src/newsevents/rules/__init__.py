"""
Rule tables and lexicons: data only, compiled once by the modules that apply them.
"""
