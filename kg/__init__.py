"""newskg: English news text to an RDF knowledge graph of who did what to whom."""
__version__ = "0.1.0"
