#!/usr/bin/env python3
"""Unanswerable questions: each asks for an attribute no column of its database holds."""
import json

OUT = "/tmp/blind30/spider_v30_A_unanswerable.json"

ITEMS = [
    # battle: id,name,date,commanders,result; ship: name,tonnage,type,location,disposition; death: note,killed,injured
    ("battle_death", "How many soldiers did each side bring to the Battle of Serres?"),
    # stadium/singer/concert: no prices, no sales, no revenue
    ("concert_singer", "what was the ticket price for the Auditions concert at Stark's Park?"),
    # documents/templates/paragraphs: no author or creator field
    ("cre_Doc_Template_Mgt", "Who is the author of the document 'Learning French'?"),
    # employee: name,age,city; evaluation only holds bonuses, no salary
    ("employee_hire_evaluation", "whats George Chuter's monthly salary?"),
    ("employee_hire_evaluation", "Can you give me the email address of the manager of FC Haka?"),
    # museum: name, staff, open year; no opening hours
    ("museum_visit", "What are the opening hours of the Plaza Museum on weekends?"),
    # orchestra: no member/musician counts
    ("orchestra", "how many musicians play in the London Symphony Orchestra?"),
    # people: nationality,name,birth date,height; no weight
    ("poker_player", "What is Aleksey Ostapenko's weight in kg?"),
    # singer: name,birth year,net worth,citizenship; song: title,sales,position; no genre
    ("singer", "which music genre does Christy Walton sing?"),
    # TV_series / Cartoon: no runtime / duration
    ("tvshow", "How long (in minutes) is the cartoon episode 'The Rise of the Blue Beetle!'?"),
    # country/city/countrylanguage: no currency, no time zone
    ("world_1", "What currency do they use in Brazil?"),
    ("world_1", "which time zones does the Russian Federation span?"),
]


def main():
    out = [{"question": q, "db_id": db, "query": ""} for db, q in ITEMS]
    assert len(out) == 12
    assert len({o["db_id"] for o in out}) == 10
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"OK: wrote {len(out)} unanswerable items to {OUT}")


if __name__ == "__main__":
    main()
