from watchfloor.cli import app

app()
