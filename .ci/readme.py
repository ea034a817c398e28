"""Write README.md from nbs/index.ipynb (Quarto, which `nbdev_readme` needs, is not available here).

Built on nbdev's own processors: `#| hide` cells go, directives are stripped, and each remaining cell is
rendered as markdown with its stored outputs. `--check` exits 1 when README.md is out of date.
"""
import sys
from pathlib import Path
from nbdev.process import NBProcessor
from nbdev.processors import hide_, rm_header_dash, filter_stream_

def _output(o) -> str:
    if o.get('output_type') == 'stream': return '```\n' + ''.join(o['text']).rstrip() + '\n```'
    data = o.get('data', {})
    if 'text/markdown' in data: return ''.join(data['text/markdown']).strip()
    if 'text/plain' in data: return '```\n' + ''.join(data['text/plain']).rstrip() + '\n```'
    return ''

def render(nb_path='nbs/index.ipynb') -> str:
    proc = NBProcessor(nb_path, procs=[hide_, rm_header_dash, filter_stream_], process=True)
    parts = ['<!-- WARNING: generated from nbs/index.ipynb by .ci/readme.py; do not edit. -->']
    for c in proc.nb.cells:
        src = c.source.strip()
        if c.cell_type == 'markdown': parts.append(src)
        elif c.cell_type == 'code':
            if src: parts.append('```python\n' + src + '\n```')
            parts += [s for s in map(_output, c.get('outputs', [])) if s]
    return '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    text, out = render(), Path('README.md')
    if '--check' in sys.argv:
        if out.read_text(encoding='utf-8') != text: sys.exit('README.md is out of date: run python .ci/readme.py')
    else: out.write_text(text, encoding='utf-8')
