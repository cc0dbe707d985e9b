"""havoc's plugin side: the registry, the plugin API, and the built-in plugins."""
