"""One module per API area; each holds the sync class and its async twin."""
