"""Markdown summary tables of bench/results/learning.csv (`./lab bench learning --table`): one
table per robot, observation and start spread, one line per method and variant over its seeds.
The figures docs/BENCHMARKS.md quotes are these lines. Needs only the Python standard library."""
import math
import statistics

from learning_row import NOT_REACHED

# Methods first, then the ablations, then the baselines; unknown names after, alphabetically.
METHOD_ORDER = ["sigent", "sigent_no_gbc", "sigent_no_ood", "sigent_std_entropy",
                "sigent_no_mc_floor", "sac", "sac_bc", "rlpd"]
ROBOT_ORDER = ["point-reach", "slalom-quadruped", "push-cube", "ball-to-goal", "slalom-humanoid"]
HEADER = ("| method | variant | seeds | 20/20 reached | steps to 20/20, median | per seed | "
          "held after | final success, median | learned / demo steps | Q oscillation | "
          "OOD ratio |")


def _rank(order, name):
    return (order.index(name), "") if name in order else (len(order), name)


def _number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _steps(value):
    return f"{int(value):,}"


def _median(values, digits):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    return f"{statistics.median(values):.{digits}f}"


def summary_line(rows):
    """One method's (and variant's) runs of one group as a table line."""
    rows = sorted(rows, key=lambda r: int(r["seed"]))
    budget = max(int(r["steps_budget"]) for r in rows)
    # An unsolved run counts as never: the median is "not reached" when half or more did not.
    steps = [math.inf if r["steps_to_solved"] == NOT_REACHED else float(r["steps_to_solved"])
             for r in rows]
    solved = [r for r, s in zip(rows, steps) if s != math.inf]
    middle = statistics.median(steps)
    median = _steps(middle) if middle != math.inf else f"not in {_steps(budget)}"
    per_seed = "; ".join(f"s{r['seed']} {_steps(s) if s != math.inf else '-'}"
                          for r, s in zip(rows, steps))
    held = sum(1 for r in solved if r["held"] == "yes")
    learned = _median([_number(r["learned_steps"]) for r in rows], 1)
    demo = _median([_number(r["demo_steps"]) for r in rows], 0)
    cells = [rows[0]["method"], rows[0]["variant"], str(len(rows)),
             f"{len(solved)} of {len(rows)}", median, per_seed,
             f"{held} of {len(solved)}" if solved else "-",
             _median([_number(r["final_success_rate"]) for r in rows], 2),
             f"{learned} / {demo}",
             _median([_number(r["q_oscillation"]) for r in rows], 4),
             _median([_number(r["ood_action_ratio"]) for r in rows], 2)]
    return "| " + " | ".join(cells) + " |"


def tables(rows):
    """Every group of `rows` (dicts of the CSV) as Markdown, groups and lines in a fixed order."""
    groups = {}
    for r in rows:
        key = (r["robot"], r["observation"], r["start_spread"])
        groups.setdefault(key, {}).setdefault((r["method"], r["variant"]), []).append(r)
    out = []
    for robot, obs, spread in sorted(groups, key=lambda k: (_rank(ROBOT_ORDER, k[0]), k[1], k[2])):
        lines = groups[(robot, obs, spread)]
        spread_text = f", start spread {spread}" if spread else ""
        out += [f"{robot}, {obs}{spread_text}", "", HEADER, "|" + "---|" * 11]
        for method, variant in sorted(lines, key=lambda k: (_rank(METHOD_ORDER, k[0]), k[1])):
            out.append(summary_line(lines[(method, variant)]))
        out.append("")
    return "\n".join(out)
