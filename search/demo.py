"""The search index over the demo content: rebuilt after all demo content is loaded."""

from search.indexeren import herbouw


def laad(verslag):
    herbouw()
