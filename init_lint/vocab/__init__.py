"""Tables with no engine in them: initializer and activation spellings, tensor roles."""
