"""Development-time generator of `app/casebook/deid/data/vehicles.tsv`: car makes and the
models each make sells, in lower case, one make a line ("toyota<TAB>avensis corolla verso
yaris ..."), read by `vehicle_names.py`.

Never imported by Casebook. The source is mimesis (MIT licence, https://github.com/lk-geimfari/mimesis),
the version the project's environment installs: `mimesis.datasets.int.transport`,
`AUTO_MANUFACTURERS` (the makes) and `CARS` ("Toyota Yaris Verso": a make, then its model's
words). A model's words are those after its make's, letters and digits, at least two
characters ("yaris", "verso", "a4"); a make of two words ("alfa romeo", "land rover") keeps
its words joined by a space. Regenerate with

    PYTHONPATH=app .venv/bin/python -m bench.build_vehicles
"""

from __future__ import annotations

import re
from pathlib import Path

from casebook import deid

OUT = Path(deid.__file__).with_name("data") / "vehicles.tsv"
_WORD = re.compile(r"[^\W_]{2,}")


def vehicles() -> dict[str, set[str]]:
    """Each make in lower case, with the lower-case words of its models."""
    from mimesis.datasets.int.transport import AUTO_MANUFACTURERS, CARS

    makes = sorted((m.lower() for m in AUTO_MANUFACTURERS), key=len, reverse=True)
    found: dict[str, set[str]] = {make: set() for make in makes}
    for car in CARS:
        low = car.lower()
        make = next((m for m in makes if low.startswith(m + " ")), None)
        if make is None:
            continue
        found[make].update(w for w in _WORD.findall(low[len(make) :]) if not w.isdigit())
    return found


def main() -> None:
    import mimesis

    rows = [f"{make}\t{' '.join(sorted(models))}" for make, models in sorted(vehicles().items())]
    head = (
        f"# car makes and their models' words, from mimesis {mimesis.__version__} (MIT):"
        " bench/build_vehicles.py\n"
    )
    OUT.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} makes -> {OUT}")


if __name__ == "__main__":
    main()
