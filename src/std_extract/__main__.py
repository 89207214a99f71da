"""``python -m std_extract`` runs the CLI."""

from std_extract.cli import app

app()
