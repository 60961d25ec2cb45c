import json
from collections import Counter

OUT = "/tmp/blind31/spider_v31_A_unanswerable.json"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# Each asks for an attribute that no column of the database holds (checked against the schema).
QS = [
    ("battle_death", "What was the weather like on the day of the Battle of Adrianople?"),
    ("battle_death", "how many crew members were aboard the HMS Avon?"),
    ("concert_singer", "What was the ticket price for the Auditions concert?"),
    ("cre_Doc_Template_Mgt", "Who wrote the document called 'Data base'? I need the author's name."),
    ("employee_hire_evaluation", "What is George Chuter's monthly salary?"),
    ("museum_visit", "Which city is the Plaza Museum located in?"),
    ("orchestra", "How many musicians play in the London Symphony Orchestra?"),
    ("poker_player", "how much does Maksim Botin weigh?"),
    ("singer", "Which record label is Christy Walton signed to?"),
    ("singer", "What music genre is Cha Cha Slide?"),
    ("tvshow", "What's the monthly subscription price for the Sky Music channel?"),
    ("world_1", "What currency is used in Japan?"),
]

def main():
    assert len(QS) == 12
    c = Counter(d for d, _ in QS)
    assert all(c[d] >= 1 for d in DBS), c
    assert set(c) <= set(DBS)
    out = [{"question": q, "db_id": d, "query": ""} for d, q in QS]
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print(f"wrote {len(out)} items to {OUT}")

if __name__ == "__main__":
    main()
