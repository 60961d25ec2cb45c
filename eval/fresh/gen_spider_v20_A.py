#!/usr/bin/env python3
"""Generate spider_v20_A.json (half A, 11 questions per database). python3 stdlib only."""
# ---- shared checks (identical in gen_spider_v20_A.py and gen_spider_v20_B.py) ----
import collections
import json
import os
import re
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]


def _scan(sql):
    """Yield (index, char, depth) for characters outside quotes/identifier quotes."""
    depth = 0
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"`[":
            close = "]" if c == "[" else c
            j = i + 1
            while j < n:
                if sql[j] == close:
                    if close != "]" and j + 1 < n and sql[j + 1] == close:
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, c, depth
        i += 1


def _top_level_keyword_positions(sql, kw):
    """Positions of keyword kw (regex) occurring at parenthesis depth 0 and outside quotes."""
    mask = [" "] * len(sql)
    for i, c, d in _scan(sql):
        if d == 0 and c not in "()":
            mask[i] = c
    masked = "".join(mask)
    return [m for m in re.finditer(kw, masked, re.I)]


def db_path(db):
    return os.path.join(DB_ROOT, db, db + ".sqlite")


def check_limit_ties(conn, sql):
    """For a query ending in LIMIT n: fail if rows n and n+1 tie on the ORDER BY value."""
    limits = list(re.finditer(r"\bLIMIT\b", sql, re.I))
    if not limits:
        return None
    m = re.search(r"\bLIMIT\s+(\d+)\s*;?\s*$", sql, re.I)
    if not m or len(limits) != 1:
        raise AssertionError("LIMIT must appear once, at the very end: " + sql)
    n = int(m.group(1))
    body = sql[:m.start()].rstrip()
    if _top_level_keyword_positions(body, r"\b(UNION|INTERSECT|EXCEPT)\b"):
        raise AssertionError("compound query with LIMIT not supported: " + sql)
    obs = _top_level_keyword_positions(body, r"\bORDER\s+BY\b")
    if not obs:
        raise AssertionError("LIMIT without ORDER BY: " + sql)
    ob = obs[-1]
    expr = body[ob.end():].strip()
    expr = re.sub(r"\s+(ASC|DESC)\s*$", "", expr, flags=re.I).strip()
    if any(c == "," and d == 0 for _, c, d in _scan(expr)):
        raise AssertionError("multi-key ORDER BY not allowed with LIMIT: " + sql)
    sel = re.match(r"\s*SELECT\s+", body, re.I)
    if not sel or re.match(r"\s*SELECT\s+DISTINCT\b", body, re.I):
        raise AssertionError("LIMIT query must start with plain SELECT: " + sql)
    froms = _top_level_keyword_positions(body, r"\bFROM\b")
    if not froms:
        raise AssertionError("no top-level FROM: " + sql)
    probe = "SELECT " + expr + " " + body[froms[0].start():] + " LIMIT %d" % (n + 1)
    rows = conn.execute(probe).fetchall()
    if len(rows) > n and rows[n - 1][0] == rows[n][0]:
        raise AssertionError("tie at LIMIT %d (value %r): %s" % (n, rows[n][0], sql))
    return rows


def run_checks(items, per_db, dbs, out_name):
    """items: list of dicts with db, kind, question, paraphrase, query."""
    errors = []
    out = []
    by_db = collections.Counter()
    by_kind = collections.Counter()
    multi = 0
    seen_q = set()
    for it in items:
        db = it["db"]
        if db not in dbs:
            errors.append("unknown db %s" % db)
            continue
        if it["kind"] not in KINDS:
            errors.append("bad kind %s" % it["kind"])
        q, p, sql = it["question"].strip(), it["paraphrase"].strip(), it["query"].strip()
        if not q or not p or q.lower() == p.lower():
            errors.append("question/paraphrase missing or identical: %r" % q)
        if q.lower() in seen_q:
            errors.append("duplicate question %r" % q)
        seen_q.add(q.lower())
        conn = sqlite3.connect("file:%s?mode=ro" % db_path(db), uri=True)
        try:
            cur = conn.execute(sql)
            rows = cur.fetchall()
            ncols = len(cur.description)
            if not rows:
                errors.append("[%s] empty result: %s" % (db, sql))
            elif all(v is None for r in rows for v in r):
                errors.append("[%s] all-NULL result: %s" % (db, sql))
            check_limit_ties(conn, sql)
        except Exception as e:  # noqa
            errors.append("[%s] %s :: %s" % (db, e, sql))
            ncols = 0
        finally:
            conn.close()
        by_db[db] += 1
        by_kind[it["kind"]] += 1
        if ncols >= 2:
            multi += 1
        out.append({"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": it["kind"]})
    for db in dbs:
        if by_db[db] != per_db:
            errors.append("db %s has %d questions, expected %d" % (db, by_db[db], per_db))
        kinds_here = {it["kind"] for it in items if it["db"] == db}
        missing = [k for k in KINDS if k not in kinds_here]
        if missing:
            errors.append("db %s lacks kinds %s" % (db, missing))
    if errors:
        print("CHECKS FAILED; nothing written", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    path = os.path.join(OUT_DIR, out_name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("wrote %s: %d questions" % (path, len(out)))
    print("  per kind:", dict(sorted(by_kind.items())))
    print("  two-or-more columns: %d / %d" % (multi, len(out)))
    return out

# ---- half A questions: (db_id, kind, question, paraphrase, gold SQL) ----
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
PER_DB = 11
OUT_NAME = "spider_v20_A.json"

QUESTIONS = [
    # ------------------------------------------------------------ battle_death
    ("battle_death", "count",
     "how many ships are in the database?",
     "Give me the total number of ships on record.",
     "SELECT count(*) FROM ship"),
    ("battle_death", "list",
     "battle names and dates",
     "For every battle, show what it was called and when it took place.",
     "SELECT name, date FROM battle"),
    ("battle_death", "filter-text",
     "Which battles ended in a Bulgarian victory?",
     "list the battles the bulgarians won",
     "SELECT name FROM battle WHERE result = 'Bulgarian victory'"),
    ("battle_death", "filter-number",
     "death records with more than 10 killed - note and number killed",
     "Where did over ten people get killed in a single incident, and how many died there?",
     "SELECT note, killed FROM death WHERE killed > 10"),
    ("battle_death", "aggregate",
     "total killed and total injured across all deaths",
     "Add up the killed figures and the injured figures over every death record.",
     "SELECT sum(killed), sum(injured) FROM death"),
    ("battle_death", "superlative",
     "Which ship caused the most deaths? include the total killed",
     "name the ship responsible for the highest number of people killed, along with that number",
     "SELECT s.name, sum(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
     "GROUP BY s.id ORDER BY sum(d.killed) DESC LIMIT 1"),
    ("battle_death", "group",
     "how many battles did each bulgarian commander lead",
     "Number of battles per Bulgarian commander.",
     "SELECT bulgarian_commander, count(*) FROM battle GROUP BY bulgarian_commander"),
    ("battle_death", "join",
     "ships lost in the Siege of Constantinople, name and type",
     "Which vessels were lost at the siege of constantinople, and what kind of ship was each one?",
     "SELECT s.name, s.ship_type FROM ship s JOIN battle b ON s.lost_in_battle = b.id "
     "WHERE b.name = 'Siege of Constantinople'"),
    ("battle_death", "set",
     "battles that lost a ship in the English Channel and also lost one somewhere else",
     "Which battles had ships lost both inside the English Channel and outside of it?",
     "SELECT b.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id WHERE s.location = 'English Channel' "
     "INTERSECT SELECT b.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id "
     "WHERE s.location <> 'English Channel'"),
    ("battle_death", "ratio",
     "what percentage of ships were captured?",
     "Out of all the ships, what share ended up captured, as a percent?",
     "SELECT 100.0 * sum(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / count(*) FROM ship"),
    ("battle_death", "compare-to-aggregate",
     "Which death incidents killed more people than average? show id, note and killed",
     "incidents whose kill count is above the mean over all death records (id, note, number killed)",
     "SELECT id, note, killed FROM death WHERE killed > (SELECT avg(killed) FROM death)"),

    # ------------------------------------------------------------ concert_singer
    ("concert_singer", "count",
     "how many singers do we have",
     "Total count of singers?",
     "SELECT count(*) FROM singer"),
    ("concert_singer", "list",
     "stadium names and capacity",
     "Show every stadium along with how many people it can hold.",
     "SELECT Name, Capacity FROM stadium"),
    ("concert_singer", "filter-text",
     "french singers",
     "Which singers come from France?",
     "SELECT Name FROM singer WHERE Country = 'France'"),
    ("concert_singer", "filter-number",
     "Which stadiums hold over 10k people? name and capacity",
     "stadiums with a capacity above 10,000, listed with their capacity",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
    ("concert_singer", "aggregate",
     "average, youngest and oldest singer age",
     "What are the mean, minimum and maximum ages of the singers?",
     "SELECT avg(Age), min(Age), max(Age) FROM singer"),
    ("concert_singer", "superlative",
     "which stadium has hosted the most concerts and how many",
     "Stadium with the highest number of concerts held there, plus that count.",
     "SELECT s.Name, count(*) FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID "
     "GROUP BY s.Stadium_ID ORDER BY count(*) DESC LIMIT 1"),
    ("concert_singer", "group",
     "concerts per year",
     "How many concerts took place in each year?",
     "SELECT Year, count(*) FROM concert GROUP BY Year"),
    ("concert_singer", "join",
     "who sang at super bootcamp?",
     "Names of the singers performing in the concert called Super bootcamp.",
     "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
     "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.concert_Name = 'Super bootcamp'"),
    ("concert_singer", "set",
     "Which singers performed at a 2014 concert but not at any 2015 one?",
     "singers who were in 2014 concerts but didnt perform in 2015",
     "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
     "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014' "
     "EXCEPT SELECT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
     "JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2015'"),
    ("concert_singer", "ratio",
     "stadiums where the highest attendance is more than double the average attendance",
     "Which stadiums saw a peak crowd over twice as big as their average crowd?",
     "SELECT Name FROM stadium WHERE Highest > 2 * Average"),
    ("concert_singer", "compare-to-aggregate",
     "stadiums bigger than the average capacity",
     "Which stadiums can hold more people than the mean stadium capacity?",
     "SELECT Name FROM stadium WHERE Capacity > (SELECT avg(Capacity) FROM stadium)"),

    # ------------------------------------------------------------ cre_Doc_Template_Mgt
    ("cre_Doc_Template_Mgt", "count",
     "how many templates are there",
     "Number of templates in total?",
     "SELECT count(*) FROM Templates"),
    ("cre_Doc_Template_Mgt", "list",
     "document ids and names",
     "Show me each document's ID together with its name.",
     "SELECT Document_ID, Document_Name FROM Documents"),
    ("cre_Doc_Template_Mgt", "filter-text",
     "ids of the presentation templates",
     "Which templates are of the PowerPoint/presentation type? Just their IDs.",
     "SELECT Template_ID FROM Templates WHERE Template_Type_Code = 'PPT'"),
    ("cre_Doc_Template_Mgt", "filter-number",
     "templates with a version number below 3 - id and version",
     "Which templates are still on version 0, 1 or 2? Show template ID and version.",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number < 3"),
    ("cre_Doc_Template_Mgt", "aggregate",
     "avg template version number",
     "What's the mean version number across all templates?",
     "SELECT avg(Version_Number) FROM Templates"),
    ("cre_Doc_Template_Mgt", "superlative",
     "Which document has the most paragraphs? give its name and the paragraph count",
     "the document containing the largest number of paragraphs, and how many it has",
     "SELECT d.Document_Name, count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID "
     "GROUP BY d.Document_ID ORDER BY count(*) DESC LIMIT 1"),
    ("cre_Doc_Template_Mgt", "group",
     "number of templates for each template type description",
     "how many templates are there per type? use the type's description",
     "SELECT r.Template_Type_Description, count(*) FROM Templates t "
     "JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code "
     "GROUP BY r.Template_Type_Description"),
    ("cre_Doc_Template_Mgt", "join",
     "documents that use a book template, with the template id",
     "Which documents are based on templates of type Book? Show document name and template ID.",
     "SELECT d.Document_Name, d.Template_ID FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID "
     "WHERE t.Template_Type_Code = 'BK'"),
    ("cre_Doc_Template_Mgt", "set",
     "templates that no document uses",
     "Which template IDs have never been used by any document?",
     "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
    ("cre_Doc_Template_Mgt", "ratio",
     "what percent of documents have at least one paragraph",
     "Share of documents that contain any paragraphs, in percent.",
     "SELECT 100.0 * (SELECT count(*) FROM Documents WHERE Document_ID IN (SELECT Document_ID FROM Paragraphs)) "
     "/ (SELECT count(*) FROM Documents)"),
    ("cre_Doc_Template_Mgt", "compare-to-aggregate",
     "templates with a higher version number than average, show id and type code",
     "Which templates have a version above the mean version number? include their template type code",
     "SELECT Template_ID, Template_Type_Code FROM Templates "
     "WHERE Version_Number > (SELECT avg(Version_Number) FROM Templates)"),

    # ------------------------------------------------------------ employee_hire_evaluation
    ("employee_hire_evaluation", "count",
     "how many shops r there",
     "Count the shops.",
     "SELECT count(*) FROM shop"),
    ("employee_hire_evaluation", "list",
     "shop names and their managers",
     "For each shop, who is the manager?",
     "SELECT Name, Manager_name FROM shop"),
    ("employee_hire_evaluation", "filter-text",
     "employees based in Bath",
     "Which employees come from the city of Bath?",
     "SELECT Name FROM employee WHERE City = 'Bath'"),
    ("employee_hire_evaluation", "filter-number",
     "employees in their 40s, with age",
     "Who among the employees is aged 40 to 49? Show name and age.",
     "SELECT Name, Age FROM employee WHERE Age BETWEEN 40 AND 49"),
    ("employee_hire_evaluation", "aggregate",
     "total bonus money awarded",
     "How much bonus has been paid out across all evaluations combined?",
     "SELECT sum(Bonus) FROM evaluation"),
    ("employee_hire_evaluation", "superlative",
     "Which employee has been awarded the most times? plus number of awards",
     "employee with the highest count of evaluation awards, and that count",
     "SELECT e.Name, count(*) FROM evaluation v JOIN employee e ON e.Employee_ID = v.Employee_ID "
     "GROUP BY e.Employee_ID ORDER BY count(*) DESC LIMIT 1"),
    ("employee_hire_evaluation", "group",
     "number of employees per city",
     "How many employees come from each city?",
     "SELECT City, count(*) FROM employee GROUP BY City"),
    ("employee_hire_evaluation", "join",
     "full-time staff and which shop they work at",
     "For every employee hired full time, give their name and the name of their shop.",
     "SELECT e.Name, s.Name FROM hiring h JOIN employee e ON h.Employee_ID = e.Employee_ID "
     "JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE h.Is_full_time = 'T'"),
    ("employee_hire_evaluation", "set",
     "employees who were hired but never got an evaluation",
     "Which hired employees have no evaluation (bonus award) on record?",
     "SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID "
     "EXCEPT SELECT e.Name FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID"),
    ("employee_hire_evaluation", "ratio",
     "what % of hires are full time",
     "Percentage of hiring records that are marked full-time.",
     "SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring"),
    ("employee_hire_evaluation", "compare-to-aggregate",
     "shops carrying more products than average - name and number of products",
     "Which shops have an above-average number of products? Show the shop name and its product count.",
     "SELECT Name, Number_products FROM shop WHERE Number_products > (SELECT avg(Number_products) FROM shop)"),

    # ------------------------------------------------------------ museum_visit
    ("museum_visit", "count",
     "number of museums",
     "How many museums are there?",
     "SELECT count(*) FROM museum"),
    ("museum_visit", "list",
     "museum names + the year each one opened",
     "List every museum with its opening year.",
     "SELECT Name, Open_Year FROM museum"),
    ("museum_visit", "filter-text",
     "museums with Plaza in the name",
     "which museums are called something-something Plaza?",
     "SELECT Name FROM museum WHERE Name LIKE '%Plaza%'"),
    ("museum_visit", "filter-number",
     "visitors older than 30 and their ages",
     "Which visitors are over thirty? Give name and age.",
     "SELECT Name, Age FROM visitor WHERE Age > 30"),
    ("museum_visit", "aggregate",
     "total tickets bought and total amount spent over all visits",
     "Across every visit, how many tickets were purchased and how much money was spent in total?",
     "SELECT sum(Num_of_Ticket), sum(Total_spent) FROM visit"),
    ("museum_visit", "superlative",
     "Which visitor spent the most money overall, and how much?",
     "top spender among the visitors (summed over their visits), with the amount",
     "SELECT p.Name, sum(v.Total_spent) FROM visit v JOIN visitor p ON p.ID = v.visitor_ID "
     "GROUP BY p.ID ORDER BY sum(v.Total_spent) DESC LIMIT 1"),
    ("museum_visit", "group",
     "how many museums opened each year",
     "Number of museums by opening year.",
     "SELECT Open_Year, count(*) FROM museum GROUP BY Open_Year"),
    ("museum_visit", "join",
     "museums fernando gago visited",
     "Which museums has the visitor Fernando Gago been to?",
     "SELECT m.Name FROM museum m JOIN visit v ON m.Museum_ID = v.Museum_ID "
     "JOIN visitor p ON p.ID = v.visitor_ID WHERE p.Name = 'Fernando Gago'"),
    ("museum_visit", "set",
     "who visited both the Capital Plaza Museum and Willow Grande Museum?",
     "Visitors that went to the Capital Plaza Museum as well as to the Willow Grande Museum.",
     "SELECT p.Name FROM visitor p JOIN visit v ON p.ID = v.visitor_ID JOIN museum m ON m.Museum_ID = v.Museum_ID "
     "WHERE m.Name = 'Capital Plaza Museum' INTERSECT "
     "SELECT p.Name FROM visitor p JOIN visit v ON p.ID = v.visitor_ID JOIN museum m ON m.Museum_ID = v.Museum_ID "
     "WHERE m.Name = 'Willow Grande Museum'"),
    ("museum_visit", "ratio",
     "what % of all visitor spending happened at the Capital Plaza Museum",
     "Capital Plaza Museum's share of the total money spent by visitors, as a percentage",
     "SELECT 100.0 * sum(CASE WHEN m.Name = 'Capital Plaza Museum' THEN v.Total_spent ELSE 0 END) "
     "/ sum(v.Total_spent) FROM visit v JOIN museum m ON v.Museum_ID = m.Museum_ID"),
    ("museum_visit", "compare-to-aggregate",
     "museums with more staff than average",
     "Which museums employ an above-average number of staff?",
     "SELECT Name FROM museum WHERE Num_of_Staff > (SELECT avg(Num_of_Staff) FROM museum)"),

    # ------------------------------------------------------------ orchestra
    ("orchestra", "count",
     "how many conductors?",
     "Total number of conductors on record.",
     "SELECT count(*) FROM conductor"),
    ("orchestra", "list",
     "orchestras and their record companies",
     "Show each orchestra together with the record company it is signed to.",
     "SELECT Orchestra, Record_Company FROM orchestra"),
    ("orchestra", "filter-text",
     "british conductors",
     "Which conductors have UK nationality?",
     "SELECT Name FROM conductor WHERE Nationality = 'UK'"),
    ("orchestra", "filter-number",
     "performances rated over 9m - type and rating",
     "Which performances had official ratings above 9 million? Show the performance type and the rating.",
     "SELECT Type, \"Official_ratings_(millions)\" FROM performance WHERE \"Official_ratings_(millions)\" > 9"),
    ("orchestra", "aggregate",
     "average show attendance",
     "What is the mean attendance across all shows?",
     "SELECT avg(Attendance) FROM show"),
    ("orchestra", "superlative",
     "oldest conductor and his age",
     "Which conductor is the oldest? include the age",
     "SELECT Name, Age FROM conductor ORDER BY Age DESC LIMIT 1"),
    ("orchestra", "group",
     "number of orchestras by major record format",
     "How many orchestras use each major record format?",
     "SELECT Major_Record_Format, count(*) FROM orchestra GROUP BY Major_Record_Format"),
    ("orchestra", "join",
     "conductors of orchestras founded after 2007, with the orchestra name",
     "For orchestras founded later than 2007, who conducts them? Give conductor and orchestra.",
     "SELECT c.Name, o.Orchestra FROM conductor c JOIN orchestra o ON c.Conductor_ID = o.Conductor_ID "
     "WHERE o.Year_of_Founded > 2007"),
    ("orchestra", "set",
     "conductors who are french or have worked more than 15 yrs",
     "Which conductors either have French nationality or over 15 years of work?",
     "SELECT Name FROM conductor WHERE Nationality = 'France' "
     "UNION SELECT Name FROM conductor WHERE Year_of_Work > 15"),
    ("orchestra", "ratio",
     "percentage of conductors from the USA",
     "What share of the conductors are American, in percent?",
     "SELECT 100.0 * sum(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) / count(*) FROM conductor"),
    ("orchestra", "compare-to-aggregate",
     "conductors older than the average conductor age, name + age",
     "Which conductors are above the mean age? Show their names and ages.",
     "SELECT Name, Age FROM conductor WHERE Age > (SELECT avg(Age) FROM conductor)"),

    # ------------------------------------------------------------ poker_player
    ("poker_player", "count",
     "how many poker players are there",
     "Count the poker players.",
     "SELECT count(*) FROM poker_player"),
    ("poker_player", "list",
     "names and nationalities of all people",
     "List every person's name with their nationality.",
     "SELECT Name, Nationality FROM people"),
    ("poker_player", "filter-text",
     "anyone born in '87?",
     "Which people have a birth date in 1987?",
     "SELECT Name FROM people WHERE Birth_Date LIKE '%1987'"),
    ("poker_player", "filter-number",
     "poker players who earned over $200k, names and earnings",
     "Which players have earnings above 200,000? show their name and earnings",
     "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
     "WHERE pp.Earnings > 200000"),
    ("poker_player", "aggregate",
     "avg poker earnings",
     "What do poker players earn on average?",
     "SELECT avg(Earnings) FROM poker_player"),
    ("poker_player", "superlative",
     "tallest poker player and their height",
     "Which of the poker players is the tallest, and how tall?",
     "SELECT p.Name, p.Height FROM people p JOIN poker_player pp ON pp.People_ID = p.People_ID "
     "ORDER BY p.Height DESC LIMIT 1"),
    ("poker_player", "group",
     "how many people from each nationality",
     "Count of people by nationality.",
     "SELECT Nationality, count(*) FROM people GROUP BY Nationality"),
    ("poker_player", "join",
     "poker players' names with their best finish",
     "For each poker player, give the person's name and the best finish.",
     "SELECT p.Name, pp.Best_Finish FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID"),
    ("poker_player", "set",
     "people who aren't poker players",
     "Which people in the people table don't show up as poker players?",
     "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    ("poker_player", "ratio",
     "what % of total poker earnings belongs to russian players",
     "Russian players' share of all poker earnings, as a percentage",
     "SELECT 100.0 * sum(CASE WHEN p.Nationality = 'Russia' THEN pp.Earnings ELSE 0 END) / sum(pp.Earnings) "
     "FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID"),
    ("poker_player", "compare-to-aggregate",
     "players with more final tables than average, name and final tables made",
     "Which poker players have made an above-average number of final tables? Show name and final tables.",
     "SELECT p.Name, pp.Final_Table_Made FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
     "WHERE pp.Final_Table_Made > (SELECT avg(Final_Table_Made) FROM poker_player)"),

    # ------------------------------------------------------------ singer
    ("singer", "count",
     "how many songs",
     "Number of songs in the database?",
     "SELECT count(*) FROM song"),
    ("singer", "list",
     "song titles and sales figures",
     "Show each song's title along with how much it sold.",
     "SELECT Title, Sales FROM song"),
    ("singer", "filter-text",
     "which singers are american",
     "Singers holding United States citizenship.",
     "SELECT Name FROM singer WHERE Citizenship = 'United States'"),
    ("singer", "filter-number",
     "singers worth over $20m, name and net worth",
     "Who has a net worth above 20 million? include the net worth.",
     "SELECT Name, Net_Worth_Millions FROM singer WHERE Net_Worth_Millions > 20"),
    ("singer", "aggregate",
     "total sales of all songs combined",
     "Add up the sales of every song.",
     "SELECT sum(Sales) FROM song"),
    ("singer", "superlative",
     "richest singer + net worth",
     "Which singer has the highest net worth and what is it?",
     "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1"),
    ("singer", "group",
     "singers per citizenship",
     "how many singers hold each citizenship?",
     "SELECT Citizenship, count(*) FROM singer GROUP BY Citizenship"),
    ("singer", "join",
     "songs by US singers, with the singer's name",
     "Titles of songs sung by American citizens, alongside who sang them.",
     "SELECT g.Title, s.Name FROM song g JOIN singer s ON g.Singer_ID = s.Singer_ID "
     "WHERE s.Citizenship = 'United States'"),
    ("singer", "set",
     "countries that have a singer born before 1945 and also one born after 1955",
     "Which citizenships include both someone born earlier than 1945 and someone born later than 1955?",
     "SELECT Citizenship FROM singer WHERE Birth_Year < 1945 "
     "INTERSECT SELECT Citizenship FROM singer WHERE Birth_Year > 1955"),
    ("singer", "ratio",
     "what percentage of total song sales came from Liliane Bettencourt",
     "Liliane Bettencourt's share of all song sales, in percent.",
     "SELECT 100.0 * sum(CASE WHEN s.Name = 'Liliane Bettencourt' THEN g.Sales ELSE 0 END) / sum(g.Sales) "
     "FROM song g JOIN singer s ON g.Singer_ID = s.Singer_ID"),
    ("singer", "compare-to-aggregate",
     "songs that sold more than average, title and sales",
     "Which songs have above-average sales? Show the title and the sales.",
     "SELECT Title, Sales FROM song WHERE Sales > (SELECT avg(Sales) FROM song)"),

    # ------------------------------------------------------------ tvshow
    ("tvshow", "count",
     "how many cartoons",
     "What's the total number of cartoons?",
     "SELECT count(*) FROM Cartoon"),
    ("tvshow", "list",
     "every channel's series name and country",
     "List the series names of all TV channels together with their country.",
     "SELECT series_name, Country FROM TV_Channel"),
    ("tvshow", "filter-text",
     "english-language channels",
     "Which channels broadcast in English? give the series name.",
     "SELECT series_name FROM TV_Channel WHERE Language = 'English'"),
    ("tvshow", "filter-number",
     "episodes with more than 6m viewers and their viewer numbers",
     "Which episodes drew over six million viewers? Show the episode and the viewers.",
     "SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),
    ("tvshow", "aggregate",
     "highest and lowest share among the tv series episodes",
     "What are the max and min share values of the TV series?",
     "SELECT max(Share), min(Share) FROM TV_series"),
    ("tvshow", "superlative",
     "which channel airs the most cartoons? series name and count",
     "Channel with the largest number of cartoons, and the number",
     "SELECT c.series_name, count(*) FROM Cartoon t JOIN TV_Channel c ON t.Channel = c.id "
     "GROUP BY c.id ORDER BY count(*) DESC LIMIT 1"),
    ("tvshow", "group",
     "number of cartoons by director",
     "How many cartoons did each director direct?",
     "SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by"),
    ("tvshow", "join",
     "cartoons shown on english channels",
     "titles of the cartoons aired on channels whose language is English",
     "SELECT t.Title FROM Cartoon t JOIN TV_Channel c ON t.Channel = c.id WHERE c.Language = 'English'"),
    ("tvshow", "set",
     "channels that show both cartoons and tv series",
     "Which channels carry cartoons as well as TV series episodes? series names pls",
     "SELECT series_name FROM TV_Channel WHERE id IN (SELECT Channel FROM Cartoon) "
     "AND id IN (SELECT Channel FROM TV_series)"),
    ("tvshow", "ratio",
     "percent of channels in italian",
     "What share of the TV channels use Italian as their language, in percent?",
     "SELECT 100.0 * sum(CASE WHEN Language = 'Italian' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel"),
    ("tvshow", "compare-to-aggregate",
     "episodes with above-average share, name and share",
     "Which episodes have a share higher than the average share? include the share",
     "SELECT Episode, Share FROM TV_series WHERE Share > (SELECT avg(Share) FROM TV_series)"),

    # ------------------------------------------------------------ world_1
    ("world_1", "count",
     "how many distinct languages are there",
     "How many different languages appear in the country language table?",
     "SELECT count(DISTINCT Language) FROM countrylanguage"),
    ("world_1", "list",
     "all the continents",
     "Which continents are there?",
     "SELECT DISTINCT Continent FROM country"),
    ("world_1", "filter-text",
     "federal republics in south america",
     "Which South American countries have a federal republic form of government?",
     "SELECT Name FROM country WHERE Continent = 'South America' AND GovernmentForm = 'Federal Republic'"),
    ("world_1", "filter-number",
     "countries with over 100m people and their populations",
     "Which nations have a population above 100 million? Show name and population.",
     "SELECT Name, Population FROM country WHERE Population > 100000000"),
    ("world_1", "aggregate",
     "total population and surface area of asia",
     "Sum of the population and of the surface area over the countries in Asia.",
     "SELECT sum(Population), sum(SurfaceArea) FROM country WHERE Continent = 'Asia'"),
    ("world_1", "superlative",
     "top 5 biggest cities by population",
     "the five most populous cities, with their populations",
     "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5"),
    ("world_1", "group",
     "number of countries per continent",
     "How many countries does each continent have?",
     "SELECT Continent, count(*) FROM country GROUP BY Continent"),
    ("world_1", "join",
     "official languages of switzerland",
     "Which languages are official in Switzerland?",
     "SELECT l.Language FROM countrylanguage l JOIN country c ON l.CountryCode = c.Code "
     "WHERE c.Name = 'Switzerland' AND l.IsOfficial = 'T'"),
    ("world_1", "set",
     "countries where english and french are both official",
     "In which countries are English and French each an official language?",
     "SELECT c.Name FROM country c JOIN countrylanguage l ON c.Code = l.CountryCode "
     "WHERE l.Language = 'English' AND l.IsOfficial = 'T' INTERSECT "
     "SELECT c.Name FROM country c JOIN countrylanguage l ON c.Code = l.CountryCode "
     "WHERE l.Language = 'French' AND l.IsOfficial = 'T'"),
    ("world_1", "ratio",
     "what % of the worlds population lives in asia",
     "Asia's share of the total world population, as a percentage",
     "SELECT 100.0 * sum(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / sum(Population) FROM country"),
    ("world_1", "compare-to-aggregate",
     "european countries with life expectancy above the world average",
     "Which countries in Europe have a higher life expectancy than the average across all countries?",
     "SELECT Name FROM country WHERE Continent = 'Europe' "
     "AND LifeExpectancy > (SELECT avg(LifeExpectancy) FROM country)"),
]


if __name__ == "__main__":
    items = [dict(db=d, kind=k, question=q, paraphrase=p, query=s) for d, k, q, p, s in QUESTIONS]
    run_checks(items, PER_DB, DBS, OUT_NAME)
