#!/usr/bin/env python3
"""Unanswerable questions: each asks for an attribute no column of its database holds."""
import json
OUT = "/tmp/blind29/spider_v29_A_unanswerable.json"
ITEMS = [
    ("battle_death", "How many crew members were on board HMS Avon when it was lost?"),
    ("concert_singer", "how much did tickets cost for the Auditions concert?"),
    ("concert_singer", "Which record label is Timbaland signed to?"),
    ("cre_Doc_Template_Mgt", "Who is the author of the document 'How to read a book'?"),
    ("employee_hire_evaluation", "what's Lee Mears' monthly salary?"),
    ("museum_visit", "What are the opening hours of the Plaza Museum on weekends?"),
    ("orchestra", "How many musicians play in the London Symphony Orchestra?"),
    ("poker_player", "How much does Maksim Botin weigh?"),
    ("singer", "which music genre does Gina Rinehart sing?"),
    ("tvshow", "How long is each TV series episode, in minutes?"),
    ("world_1", "What is the official currency of Japan?"),
    ("world_1", "Which European countries have an unemployment rate above 10%?"),
]
assert len(ITEMS) == 12
dbs = {"battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation", "museum_visit",
       "orchestra", "poker_player", "singer", "tvshow", "world_1"}
assert {d for d, _ in ITEMS} == dbs
with open(OUT, "w") as f:
    json.dump([{"question": q, "db_id": d, "query": ""} for d, q in ITEMS], f, indent=2, ensure_ascii=False)
print(f"wrote {len(ITEMS)} items to {OUT}")
