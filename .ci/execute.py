"""Execute notebooks in place so that their stored outputs (tables, figures) are current.

Usage: python .ci/execute.py nbs/01_masks.ipynb [...] [--skip slow cuda]
Cells flagged with a skipped flag keep their old outputs. Run `nbdev_clean` afterwards.
"""
import argparse, contextlib, os, re
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

def flags_of(cell):
    return {f for line in cell.source.splitlines() for f in re.findall(r'^#\|\s*(\w+)\s*$', line.strip())}

def execute(path, skip):
    nb = read_nb(path)
    folder = os.path.dirname(os.path.abspath(path))
    shell = CaptureShell(path=folder, mpl_format='png')
    with contextlib.chdir(folder): _run(nb, shell, skip, path)
    write_nb(nb, path)

def _run(nb, shell, skip, path):
    "Run the cells as nbdev_test does: from the notebook's folder."
    for cell in nb.cells:
        if cell.cell_type != 'code' or flags_of(cell) & skip: continue
        cell.outputs = []
        shell.cell(cell)
        if shell.exc: raise RuntimeError(f'{path}: cell failed:\n{cell.source}') from shell.exc

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('paths', nargs='+')
    ap.add_argument('--skip', nargs='*', default=['notest', 'cuda'], help='cell flags to leave unexecuted')
    a = ap.parse_args()
    for p in a.paths: execute(p, set(a.skip)); print('executed', p)
