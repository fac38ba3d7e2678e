"""Text builders: facts as cards, matrix cells and plan cards in Markdown, each value with year and source."""
