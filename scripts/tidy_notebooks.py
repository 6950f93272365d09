"""Clear volatile metadata and renumber execution counts 1..n before committing.

Counts stay (nbval treats a cell without one as never run) but are made sequential, so a
top-to-bottom rerun leaves no diff.
"""

import sys

import nbformat

VOLATILE_KEYS = ("execution", "collapsed", "scrolled")

for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    count = 0
    for cell in nb.cells:
        for key in VOLATILE_KEYS:
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            count += 1
            cell.execution_count = count
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output["execution_count"] = count
    nbformat.write(nb, path)
