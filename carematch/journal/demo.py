"""A realistic demo person, for trying the app, for screenshots and for tests.

Sam, 71, lives alone with arthritis in both hands and a bad knee. Six months of goals,
experiments and check-ins, written the way people write them. Nothing here is a real person.
"""

from __future__ import annotations

import datetime as dt
import random

from carematch.journal.models import ExperimentStatus, GoalStatus, MarkKind
from carematch.journal.service import Journal

DEMO_DAYS = 180


def _ramp(rng: random.Random, start: float, end: float, share: float) -> int:
    value = start + (end - start) * share + rng.uniform(-0.8, 0.8)
    return max(1, min(10, round(value)))


def fill_demo(journal: Journal, today: dt.date | None = None, seed: int = 71) -> None:
    rng = random.Random(seed)
    today = today or dt.date.today()
    begin = today - dt.timedelta(days=DEMO_DAYS)

    tea = journal.add_goal(
        "Make a cup of tea on my own again",
        why="I hate asking my neighbour every morning. A brew is the start of my day.",
        importance=9,
        gas={
            -2: "I can't make a hot drink at all",
            -1: "I can make one if someone fills the kettle",
            0: "I can make one on a good day",
            1: "I can make one most days",
            2: "I make my own tea every day without worrying",
        },
        tags=["kitchen", "mornings"],
    )
    bath = journal.add_goal(
        "Have a bath by myself without being scared of slipping",
        why="A soak helps my knee, and I want my privacy back.",
        importance=7,
        gas={
            -2: "Strip wash only",
            0: "Bath with someone in the house",
            2: "Bath alone, feel safe",
        },
        tags=["bathroom"],
    )
    garden = journal.add_goal(
        "Keep growing my tomatoes this summer",
        why="The garden is what I look forward to.",
        importance=6,
        tags=["garden"],
    )
    post = journal.add_goal(
        "Read my own letters without help",
        importance=5,
        status=GoalStatus.ACHIEVED,
    )

    def date_at(day: int) -> dt.date:
        return begin + dt.timedelta(days=day)

    hot_water = journal.add_experiment(
        tea.id,
        "One-cup hot water dispenser",
        entry_id="one-cup-hot-water-dispenser",
        expectation="No more lifting a full kettle.",
        start_date=date_at(20),
        end_date=date_at(45),
        cost_pence=3999,
        status=ExperimentStatus.STOPPED,
    )
    journal.update_experiment(hot_water.id, outcome="Still had to fill it at the tap. Not for me.")
    tipper = journal.add_experiment(
        tea.id,
        "Kettle tipper",
        entry_id="kettle-tipper",
        expectation="I can pour without lifting.",
        start_date=date_at(60),
        cost_pence=2499,
        status=ExperimentStatus.KEPT,
    )
    journal.update_experiment(tipper.id, outcome="Brilliant. I fill it with a jug now.")
    journal.add_quest(
        tipper.id,
        {
            "dimensions": 4,
            "weight": 5,
            "adjustments": 3,
            "safety": 5,
            "durability": 4,
            "ease_of_use": 5,
            "comfort": 4,
            "effectiveness": 5,
        },
        note="Takes up a bit of worktop.",
    )
    board = journal.add_experiment(
        bath.id,
        "Bath board and a grab rail",
        entry_id="bath-board",
        expectation="Sit down to get in instead of stepping.",
        start_date=date_at(90),
        status=ExperimentStatus.TRYING,
    )
    kneeler = journal.add_experiment(
        garden.id,
        "Garden kneeler seat",
        entry_id="garden-kneeler-seat",
        start_date=date_at(120),
        cost_pence=2800,
        status=ExperimentStatus.TRYING,
    )
    journal.add_experiment(
        post.id,
        "Magnifier on my phone",
        entry_id="phone-camera-magnifier",
        start_date=date_at(10),
        end_date=date_at(40),
        cost_pence=0,
        status=ExperimentStatus.KEPT,
    )

    notes = [
        "Hands sore this morning.",
        "Good day, managed two cups.",
        "Had to ask for help again.",
        "Getting the hang of it.",
        "Spilt a bit but fine.",
        "Felt proud of myself today.",
        "Knee playing up.",
        "",
        "",
        "",
    ]
    for day in range(0, DEMO_DAYS, 3):
        share = max(0.0, (day - 60) / (DEMO_DAYS - 60))
        journal.add_checkin(
            tea.id,
            _ramp(rng, 3, 8, share),
            _ramp(rng, 2, 8, share),
            at=dt.datetime.combine(date_at(day), dt.time(9, rng.randint(0, 59))),
            gas_level=max(-2, min(2, round(-1.5 + 3.2 * share + rng.uniform(-0.5, 0.5)))),
            pain=rng.randint(2, 7),
            note=rng.choice(notes),
            experiment_id=tipper.id if day >= 60 else None,
        )
    for day in range(30, DEMO_DAYS, 7):
        share = max(0.0, (day - 90) / (DEMO_DAYS - 90))
        journal.add_checkin(
            bath.id,
            _ramp(rng, 2, 6, share),
            _ramp(rng, 3, 7, share),
            at=dt.datetime.combine(date_at(day), dt.time(19, 30)),
            fatigue=rng.randint(3, 8),
            note=rng.choice(notes),
            experiment_id=board.id if day >= 90 else None,
        )
    for day in range(100, DEMO_DAYS, 10):
        journal.add_checkin(
            garden.id,
            rng.randint(4, 7),
            rng.randint(5, 8),
            at=dt.datetime.combine(date_at(day), dt.time(15, 0)),
            experiment_id=kneeler.id if day >= 120 else None,
        )
    journal.add_checkin(
        post.id,
        9,
        9,
        at=dt.datetime.combine(date_at(41), dt.time(11, 0)),
        note="Read a letter from the council myself.",
    )

    spoon = journal.add_adaptation(
        "Foam tubing on my teaspoon",
        what="Pipe lagging slid over the handle so I can grip it.",
        materials="Foam pipe lagging from the hardware shop, scissors.",
        steps="Cut a 10 cm piece. Push the spoon handle into the hole. Wash by hand.",
    )
    journal.attach(
        "spoon.txt", b"A photo would go here.", adaptation_id=spoon.id, media_type="text/plain"
    )
    journal.set_mark("kettle-tipper", MarkKind.WORKED, "Use it every day.")
    journal.set_mark("one-cup-hot-water-dispenser", MarkKind.NOT_FOR_ME)
