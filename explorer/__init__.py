"""Timeline Explorer: news articles in, an ordered and explorable timeline out."""

__version__ = "0.1.0"
