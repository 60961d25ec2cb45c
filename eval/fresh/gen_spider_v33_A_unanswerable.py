#!/usr/bin/env python3
"""Generate spider_v33_A_unanswerable.json: questions asking for attributes no column holds."""
import json
import sys

OUT = "/tmp/blind33/spider_v33_A_unanswerable.json"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

ITEMS = [
    ("battle_death", "How many crew members were on board HMS Avon when it was wrecked?"),
    ("concert_singer", "What was the ticket price for the Auditions concert at Stark's Park?"),
    ("cre_Doc_Template_Mgt", "who wrote the document 'How Google people work'? need the author's name"),
    ("employee_hire_evaluation", "What's George Chuter's monthly salary at FC Haka?"),
    ("museum_visit", "What are the opening hours of the Plaza Museum on weekends?"),
    ("orchestra", "How many musicians play in the London Symphony Orchestra?"),
    ("poker_player", "Give me the email address of Maksim Botin."),
    ("singer", "what genre is the song Cha Cha Slide?"),
    ("tvshow", "How much does a monthly subscription to Sky Music cost?"),
    ("tvshow", "Who voiced Batman in the cartoon 'Day of the Dark Knight!'?"),
    ("world_1", "What currency do they use in Brazil?"),
    ("world_1", "which country in Europe has the highest unemployment rate?"),
]


def main():
    errors = []
    if len(ITEMS) != 12:
        errors.append("expected 12 items, got %d" % len(ITEMS))
    for db in DBS:
        if not any(d == db for d, _ in ITEMS):
            errors.append("no item for %s" % db)
    qs = [q for _, q in ITEMS]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    out = [{"question": q, "db_id": d, "query": ""} for d, q in ITEMS]
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
