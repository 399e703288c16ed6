"""What every feature of the app shares: the app context, edit commands, form fields, table
models, formatting.
"""
