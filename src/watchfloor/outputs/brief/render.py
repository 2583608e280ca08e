"""Sections of cited lines -> Markdown. Every line keeps its sources as footnote-style quotes."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.outputs.brief.compose import Section


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_markdown(sections: Sequence[Section], *, title: str = "Brief") -> str:
    """A Markdown brief: a heading per section, a bullet per line, a quote per source."""
    out = [f"# {title}", ""]
    if not sections:
        out += ["No events in the ledger.", ""]
    for section in sections:
        out += [f"## {section.title}", ""]
        for line in section.lines:
            date = line.date.isoformat() if line.date else "undated"
            out.append(f"- **{date}** — {line.text}")
            for c in line.citations:
                quote = _one_line(c.evidence)
                cite = f"  - *{_one_line(c.title)}*"
                out.append(f'{cite}: "{quote}"' if quote else cite)
        out.append("")
    return "\n".join(out)
