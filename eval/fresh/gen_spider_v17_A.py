#!/usr/bin/env python3
"""Held-out Spider (dev, half A) text-to-SQL items, v17.

Each item: dict(db=, kind=, question=, paraphrase=, query=, ncols=, tie=(sql, N) optional).
tie: `sql` returns the ORDER BY value(s) of the gold query in the same order, without LIMIT;
the check requires row N (1-based) to differ from row N+1 (no tie at the LIMIT cut).
Writes the JSON files only if every check passes.
"""
import json, os, sqlite3, sys

DBROOT = "/work/shared/eval/spider/database"
OUT = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

I = []
def add(db, kind, question, paraphrase, query, ncols, tie=None):
    d = dict(db=db, kind=kind, question=question, paraphrase=paraphrase, query=query, ncols=ncols)
    if tie:
        d["tie"] = tie
    I.append(d)

# ---------------------------------------------------------------- battle_death
db = "battle_death"
add(db, "count", "how many battles are in the data?",
    "Give me the number of battles we have on record.",
    "SELECT count(*) FROM battle", 1)
add(db, "list", "list all battle names",
    "What battles are there? Just the names pls",
    "SELECT name FROM battle", 1)
add(db, "filter-text", "Which battles ended in a Bulgarian victory? Show name and date.",
    "I need the name and date of every battle the Bulgarians won",
    "SELECT name, date FROM battle WHERE result = 'Bulgarian victory'", 2)
add(db, "filter-number", "death records where more than 10 people were killed - note and number killed",
    "Show the note and killed count for incidents with over 10 deaths.",
    "SELECT note, killed FROM death WHERE killed > 10", 2)
add(db, "aggregate", "total killed and total injured across all death records",
    "Sum up everyone killed and everyone injured over all the records.",
    "SELECT sum(killed), sum(injured) FROM death", 2)
add(db, "group", "how many ships of each ship type?",
    "Count of ships broken down by type",
    "SELECT ship_type, count(*) FROM ship GROUP BY ship_type", 2)
add(db, "superlative", "Which ship caused the most deaths in total?",
    "name of the ship responsible for the highest total number killed",
    "SELECT T1.name FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id ORDER BY sum(T2.killed) DESC LIMIT 1", 1,
    ("SELECT sum(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id ORDER BY sum(T2.killed) DESC", 1))
add(db, "join", "show each ship's name together with the battle it was lost in",
    "For every ship, which battle was it lost in? I want ship name and battle name.",
    "SELECT T1.name, T2.name FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id", 2)
add(db, "set", "battles where no ship was lost",
    "Which battles didn't lose a single ship? names only",
    "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)", 1)
add(db, "ratio", "what percent of ships ended up captured?",
    "Share of ships whose disposition is Captured, as a percentage",
    "SELECT 100.0 * sum(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / count(*) FROM ship", 1)
add(db, "projection", "I need name, tonnage and location of every ship",
    "list all ships with their tonnage and where they were",
    "SELECT name, tonnage, location FROM ship", 3)

# ---------------------------------------------------------------- concert_singer
db = "concert_singer"
add(db, "count", "How many concerts are there?",
    "total number of concerts in the db",
    "SELECT count(*) FROM concert", 1)
add(db, "list", "list the names of all stadiums",
    "What stadiums do we have? names",
    "SELECT name FROM stadium", 1)
add(db, "filter-text", "French singers - name and age",
    "Show me the name and age of every singer whose country is France.",
    "SELECT name, age FROM singer WHERE country = 'France'", 2)
add(db, "filter-number", "stadiums that hold over 10k people, with their capacity",
    "Which stadiums have a capacity above 10,000? Give name and capacity.",
    "SELECT name, capacity FROM stadium WHERE capacity > 10000", 2)
add(db, "aggregate", "what's the average, youngest and oldest singer age?",
    "Give me avg, min and max age across all singers",
    "SELECT avg(age), min(age), max(age) FROM singer", 3)
add(db, "group", "number of concerts per year",
    "How many concerts took place in each year?",
    "SELECT year, count(*) FROM concert GROUP BY year", 2)
add(db, "superlative", "Which stadium hosted the most concerts, and how many?",
    "stadium with the highest concert count - name plus the count",
    "SELECT T2.name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id GROUP BY T1.stadium_id ORDER BY count(*) DESC LIMIT 1", 2,
    ("SELECT count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id GROUP BY T1.stadium_id ORDER BY count(*) DESC", 1))
add(db, "join", "show concert names with the stadium they were held at",
    "For each concert I need the concert name and the name of its stadium.",
    "SELECT T1.concert_name, T2.name FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id", 2)
add(db, "set", "Which singers never performed at any concert?",
    "names of singers that don't appear in any concert",
    "SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM singer_in_concert)", 1)
add(db, "ratio", "what % of singers are male",
    "Percentage of singers that are men?",
    "SELECT 100.0 * sum(CASE WHEN is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer", 1)
add(db, "projection", "show singer name, song name and song release year for everybody",
    "list every singer with their song and the year it came out",
    "SELECT name, song_name, song_release_year FROM singer", 3)

# ---------------------------------------------------------------- cre_Doc_Template_Mgt
db = "cre_Doc_Template_Mgt"
add(db, "count", "how many documents do we have?",
    "Total count of documents.",
    "SELECT count(*) FROM documents", 1)
add(db, "list", "List all the template type descriptions",
    "what kinds of template types exist? descriptions only",
    "SELECT template_type_description FROM ref_template_types", 1)
add(db, "filter-text", "any documents with CV in the name?",
    "Show names of documents whose name contains 'CV'.",
    "SELECT document_name FROM documents WHERE document_name LIKE '%CV%'", 1)
add(db, "filter-number", "templates with a version number above 5 - id and version",
    "Give me template ids and version numbers where the version is greater than 5",
    "SELECT template_id, version_number FROM templates WHERE version_number > 5", 2)
add(db, "aggregate", "What's the highest and lowest template version number?",
    "max and min version number over all templates",
    "SELECT max(version_number), min(version_number) FROM templates", 2)
add(db, "group", "number of templates per template type code",
    "How many templates are there of each type? show type code and count",
    "SELECT template_type_code, count(*) FROM templates GROUP BY template_type_code", 2)
add(db, "superlative", "which document has the most paragraphs?",
    "Name of the document with the largest number of paragraphs",
    "SELECT T1.document_name FROM documents AS T1 JOIN paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id ORDER BY count(*) DESC LIMIT 1", 1,
    ("SELECT count(*) FROM documents AS T1 JOIN paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id ORDER BY count(*) DESC", 1))
add(db, "join", "I need every document name with the description of its template type",
    "show documents and what type of template they use (type description)",
    "SELECT T1.document_name, T3.template_type_description FROM documents AS T1 JOIN templates AS T2 ON T1.template_id = T2.template_id JOIN ref_template_types AS T3 ON T2.template_type_code = T3.template_type_code", 2)
add(db, "set", "Which templates aren't used by any document? ids",
    "template ids that no document uses",
    "SELECT template_id FROM templates EXCEPT SELECT template_id FROM documents", 1)
add(db, "ratio", "what percent of templates are type BK?",
    "Share of templates with type code BK, in percent",
    "SELECT 100.0 * sum(CASE WHEN template_type_code = 'BK' THEN 1 ELSE 0 END) / count(*) FROM templates", 1)
add(db, "projection", "show template id, version number and type code for all templates",
    "List every template: its id, version and template type code.",
    "SELECT template_id, version_number, template_type_code FROM templates", 3)

# ---------------------------------------------------------------- employee_hire_evaluation
db = "employee_hire_evaluation"
add(db, "count", "how many shops are there",
    "Number of shops?",
    "SELECT count(*) FROM shop", 1)
add(db, "list", "List every employee's name.",
    "names of all our employees",
    "SELECT name FROM employee", 1)
add(db, "filter-text", "employees based in Bath - name and age",
    "Who lives in the city of Bath? show their names and ages",
    "SELECT name, age FROM employee WHERE city = 'Bath'", 2)
add(db, "filter-number", "shops with more than 10,000 products, and how many they carry",
    "Which shops stock over 10k products? name and number of products",
    "SELECT name, number_products FROM shop WHERE number_products > 10000", 2)
add(db, "aggregate", "total bonus paid out across all evaluations",
    "What's the sum of all bonuses awarded?",
    "SELECT sum(bonus) FROM evaluation", 1)
add(db, "group", "how many employees per city?",
    "Employee count for each city",
    "SELECT city, count(*) FROM employee GROUP BY city", 2)
add(db, "superlative", "who got the single biggest bonus?",
    "Name of the employee that received the highest one-time bonus",
    "SELECT T1.name FROM employee AS T1 JOIN evaluation AS T2 ON T1.employee_id = T2.employee_id ORDER BY T2.bonus DESC LIMIT 1", 1,
    ("SELECT T2.bonus FROM employee AS T1 JOIN evaluation AS T2 ON T1.employee_id = T2.employee_id ORDER BY T2.bonus DESC", 1))
add(db, "join", "which shop does each employee work at? employee name and shop name",
    "Show me every hired employee next to the name of the shop they were hired by.",
    "SELECT T1.name, T3.name FROM employee AS T1 JOIN hiring AS T2 ON T1.employee_id = T2.employee_id JOIN shop AS T3 ON T2.shop_id = T3.shop_id", 2)
add(db, "set", "Which employees have never gotten an evaluation?",
    "names of employees with no evaluation / bonus record at all",
    "SELECT name FROM employee WHERE employee_id NOT IN (SELECT employee_id FROM evaluation)", 1)
add(db, "ratio", "what percentage of hires are full time?",
    "Of all hirings, what share is full-time (in %)",
    "SELECT 100.0 * sum(CASE WHEN is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring", 1)
add(db, "projection", "I need shop name, location and manager name for all shops",
    "list every shop with where it is and who manages it",
    "SELECT name, location, manager_name FROM shop", 3)

# ---------------------------------------------------------------- museum_visit
db = "museum_visit"
add(db, "count", "how many visitors are there?",
    "Count the visitors in the system.",
    "SELECT count(*) FROM visitor", 1)
add(db, "list", "names of all the museums",
    "List every museum name",
    "SELECT name FROM museum", 1)
add(db, "filter-text", "any museums with Plaza in the name? name and staff number",
    "Show museums whose name contains 'Plaza' along with how many staff they have.",
    "SELECT name, num_of_staff FROM museum WHERE name LIKE '%Plaza%'", 2)
add(db, "filter-number", "visitors older than 30 - name and age",
    "Which visitors are over 30? give their names and ages",
    "SELECT name, age FROM visitor WHERE age > 30", 2)
add(db, "aggregate", "total money spent and total tickets bought over all visits",
    "What is the overall amount spent and number of tickets across every visit?",
    "SELECT sum(total_spent), sum(num_of_ticket) FROM visit", 2)
add(db, "group", "how many musuems opened each year",
    "Number of museums by opening year",
    "SELECT open_year, count(*) FROM museum GROUP BY open_year", 2)
add(db, "superlative", "Which visitor spent the most money overall? name and total",
    "top spending visitor and how much they spent in total",
    "SELECT T1.name, sum(T2.total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id GROUP BY T1.id ORDER BY sum(T2.total_spent) DESC LIMIT 1", 2,
    ("SELECT sum(T2.total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id GROUP BY T1.id ORDER BY sum(T2.total_spent) DESC", 1))
add(db, "join", "list visitor names with the museums they visited",
    "Who visited which museum? visitor name and museum name",
    "SELECT T1.name, T3.name FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id JOIN museum AS T3 ON T2.museum_id = T3.museum_id", 2)
add(db, "set", "Museums nobody has visited",
    "which museums have zero visits? names",
    "SELECT name FROM museum WHERE museum_id NOT IN (SELECT museum_id FROM visit)", 1)
add(db, "ratio", "what % of museums opened after 2009?",
    "Percentage of museums with an opening year later than 2009",
    "SELECT 100.0 * sum(CASE WHEN CAST(open_year AS INTEGER) > 2009 THEN 1 ELSE 0 END) / count(*) FROM museum", 1)
add(db, "projection", "show name, age and membership level for every visitor",
    "I need all visitors with their age and level of membership",
    "SELECT name, age, level_of_membership FROM visitor", 3)

# ---------------------------------------------------------------- orchestra
db = "orchestra"
add(db, "count", "How many conductors do we have?",
    "number of conductors",
    "SELECT count(*) FROM conductor", 1)
add(db, "list", "list all the record companies",
    "Which record companies appear? distinct names please",
    "SELECT DISTINCT record_company FROM orchestra", 1)
add(db, "filter-text", "British conductors (nationality UK) - name and age",
    "Show the name and age of conductors from the UK.",
    "SELECT name, age FROM conductor WHERE nationality = 'UK'", 2)
add(db, "filter-number", "conductors who've worked more than 15 years, with years of work",
    "Which conductors have over 15 years of work? name and year of work",
    "SELECT name, year_of_work FROM conductor WHERE year_of_work > 15", 2)
add(db, "aggregate", "average and max attendance of shows",
    "What's the mean attendance across shows, and the highest attendance?",
    "SELECT avg(attendance), max(attendance) FROM show", 2)
add(db, "group", "how many orchestras use each major record format",
    "Count orchestras by major record format",
    "SELECT major_record_format, count(*) FROM orchestra GROUP BY major_record_format", 2)
add(db, "superlative", "which performance had the highest official ratings? type and date",
    "Give me the type and date of the best-rated performance (official ratings in millions)",
    'SELECT type, date FROM performance ORDER BY "Official_ratings_(millions)" DESC LIMIT 1', 2,
    ('SELECT "Official_ratings_(millions)" FROM performance ORDER BY "Official_ratings_(millions)" DESC', 1))
add(db, "join", "orchestra names with their conductor's name",
    "For each orchestra, who conducts it? show orchestra and conductor",
    "SELECT T1.orchestra, T2.name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id", 2)
add(db, "set", "Which orchestras have no performances?",
    "orchestras that never performed, names only",
    "SELECT orchestra FROM orchestra WHERE orchestra_id NOT IN (SELECT orchestra_id FROM performance)", 1)
add(db, "ratio", "what percent of orchestras have CD as their major record format?",
    "Share of orchestras whose major format is CD (%)",
    "SELECT 100.0 * sum(CASE WHEN major_record_format = 'CD' THEN 1 ELSE 0 END) / count(*) FROM orchestra", 1)
add(db, "projection", "show orchestra, record company and year founded for all orchestras",
    "List every orchestra with its record label and founding year.",
    "SELECT orchestra, record_company, year_of_founded FROM orchestra", 3)

# ---------------------------------------------------------------- poker_player
db = "poker_player"
add(db, "count", "how many poker players are there",
    "Count of poker players?",
    "SELECT count(*) FROM poker_player", 1)
add(db, "list", "List the names of all people.",
    "everyone's name in the people table",
    "SELECT name FROM people", 1)
add(db, "filter-text", "Russian people - name and birth date",
    "Show names and birthdates of everyone whose nationality is Russia",
    "SELECT name, birth_date FROM people WHERE nationality = 'Russia'", 2)
add(db, "filter-number", "people taller than 200, with their height",
    "Who is over 200 cm tall? name and height",
    "SELECT name, height FROM people WHERE height > 200", 2)
add(db, "aggregate", "total and average earnings of poker players",
    "What do poker players earn in total and on average?",
    "SELECT sum(earnings), avg(earnings) FROM poker_player", 2)
add(db, "group", "how many people per nationality?",
    "Number of people from each nationality",
    "SELECT nationality, count(*) FROM people GROUP BY nationality", 2)
add(db, "superlative", "Who's the highest earning poker player?",
    "name of the poker player with the most earnings",
    "SELECT T1.name FROM people AS T1 JOIN poker_player AS T2 ON T1.people_id = T2.people_id ORDER BY T2.earnings DESC LIMIT 1", 1,
    ("SELECT T2.earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.people_id = T2.people_id ORDER BY T2.earnings DESC", 1))
add(db, "join", "poker players' names and their earnings",
    "Show each poker player's name with how much they earned.",
    "SELECT T1.name, T2.earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.people_id = T2.people_id", 2)
add(db, "set", "which people are not poker players?",
    "Names of people who don't play poker (not in the poker player table)",
    "SELECT name FROM people WHERE people_id NOT IN (SELECT people_id FROM poker_player)", 1)
add(db, "ratio", "what share of people are poker players, in percent?",
    "Percentage of people who are also poker players",
    "SELECT 100.0 * (SELECT count(*) FROM poker_player) / (SELECT count(*) FROM people)", 1)
add(db, "projection", "I need name, nationality and height of everybody",
    "list all people with their nationality and height",
    "SELECT name, nationality, height FROM people", 3)

# ---------------------------------------------------------------- singer
db = "singer"
add(db, "count", "how many songs are there?",
    "Total number of songs.",
    "SELECT count(*) FROM song", 1)
add(db, "list", "list all song titles",
    "What songs do we have? titles",
    "SELECT title FROM song", 1)
add(db, "filter-text", "American singers and their net worth",
    "Show name and net worth (millions) of singers with United States citizenship.",
    "SELECT name, net_worth_millions FROM singer WHERE citizenship = 'United States'", 2)
add(db, "filter-number", "singers born in the 40s - name and birth year",
    "Which singers were born between 1940 and 1949? give name and year of birth",
    "SELECT name, birth_year FROM singer WHERE birth_year BETWEEN 1940 AND 1949", 2)
add(db, "aggregate", "avg and max net worth of singers",
    "What's the average net worth of our singers, and the highest?",
    "SELECT avg(net_worth_millions), max(net_worth_millions) FROM singer", 2)
add(db, "group", "number of singers per citizenship",
    "How many singers hold each citizenship?",
    "SELECT citizenship, count(*) FROM singer GROUP BY citizenship", 2)
add(db, "superlative", "best selling song and who sang it",
    "Which song has the highest sales? give the title and the singer's name",
    "SELECT T1.title, T2.name FROM song AS T1 JOIN singer AS T2 ON T1.singer_id = T2.singer_id ORDER BY T1.sales DESC LIMIT 1", 2,
    ("SELECT T1.sales FROM song AS T1 JOIN singer AS T2 ON T1.singer_id = T2.singer_id ORDER BY T1.sales DESC", 1))
add(db, "join", "titles of songs by singers from the US",
    "I need the song titles sung by singers whose citizenship is United States",
    "SELECT T2.title FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = T2.singer_id WHERE T1.citizenship = 'United States'", 1)
add(db, "set", "Which singers have no songs?",
    "names of singers without any song in the db",
    "SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM song)", 1)
add(db, "ratio", "what % of songs reached number 1?",
    "Percentage of songs whose highest chart position was 1",
    "SELECT 100.0 * sum(CASE WHEN highest_position = 1 THEN 1 ELSE 0 END) / count(*) FROM song", 1)
add(db, "projection", "show title, sales and highest position of all songs",
    "List every song with its sales and best chart position.",
    "SELECT title, sales, highest_position FROM song", 3)

# ---------------------------------------------------------------- tvshow
db = "tvshow"
add(db, "count", "how many cartoons are there",
    "Number of cartoons in the database?",
    "SELECT count(*) FROM cartoon", 1)
add(db, "list", "List all TV channel series names.",
    "what are the series names of every channel",
    "SELECT series_name FROM tv_channel", 1)
add(db, "filter-text", "english language channels - series name and country",
    "Which channels broadcast in English? show series name and country",
    "SELECT series_name, country FROM tv_channel WHERE language = 'English'", 2)
add(db, "filter-number", "TV series episodes with more than 6m viewers, and the viewer numbers",
    "Show episodes that had over 6 million viewers along with viewers (m)",
    "SELECT episode, viewers_m FROM tv_series WHERE CAST(viewers_m AS REAL) > 6", 2)
add(db, "aggregate", "highest and lowest share among tv series episodes",
    "What's the max and min share of the TV series?",
    "SELECT max(share), min(share) FROM tv_series", 2)
add(db, "group", "number of cartoons per director",
    "How many cartoons did each director direct?",
    "SELECT directed_by, count(*) FROM cartoon GROUP BY directed_by", 2)
add(db, "superlative", "which episode had the most viewers?",
    "Name the TV series episode with the highest viewer count",
    "SELECT episode FROM tv_series ORDER BY CAST(viewers_m AS REAL) DESC LIMIT 1", 1,
    ("SELECT CAST(viewers_m AS REAL) FROM tv_series ORDER BY CAST(viewers_m AS REAL) DESC", 1))
add(db, "join", "cartoon titles with the series name of the channel they aired on",
    "For each cartoon show its title and its channel's series name.",
    "SELECT T1.title, T2.series_name FROM cartoon AS T1 JOIN tv_channel AS T2 ON T1.channel = T2.id", 2)
add(db, "set", "channels that air both a cartoon and a TV series episode",
    "Which channels (series name) show cartoons and also TV series?",
    "SELECT T1.series_name FROM tv_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel INTERSECT SELECT T1.series_name FROM tv_channel AS T1 JOIN tv_series AS T2 ON T1.id = T2.channel", 1)
add(db, "ratio", "what percentage of channels are HD?",
    "Share of TV channels with high definition TV, in %",
    "SELECT 100.0 * sum(CASE WHEN hight_definition_tv = 'yes' THEN 1 ELSE 0 END) / count(*) FROM tv_channel", 1)
add(db, "projection", "show series name, country and language of every channel",
    "I need all TV channels with their country and language",
    "SELECT series_name, country, language FROM tv_channel", 3)

# ---------------------------------------------------------------- world_1
db = "world_1"
add(db, "count", "how many different languages are spoken?",
    "Number of distinct languages in the data",
    "SELECT count(DISTINCT language) FROM countrylanguage", 1)
add(db, "list", "list the continents",
    "What continents are there? each once",
    "SELECT DISTINCT continent FROM country", 1)
add(db, "filter-text", "South American countries with their population",
    "Show name and population for countries in South America.",
    "SELECT name, population FROM country WHERE continent = 'South America'", 2)
add(db, "filter-number", "cities with over 5m people - name and population",
    "Which cities have a population above 5 million? show name + pop",
    "SELECT name, population FROM city WHERE population > 5000000", 2)
add(db, "aggregate", "total population of all countries and the average life expectancy",
    "What's the world population (summed over countries) and the mean life expectancy?",
    "SELECT sum(population), avg(lifeexpectancy) FROM country", 2)
add(db, "group", "number of countries and total population per continent",
    "For each continent, how many countries and how many people?",
    "SELECT continent, count(*), sum(population) FROM country GROUP BY continent", 3)
add(db, "superlative", "which country has the biggest surface area?",
    "Largest country by area - name",
    "SELECT name FROM country ORDER BY surfacearea DESC LIMIT 1", 1,
    ("SELECT surfacearea FROM country ORDER BY surfacearea DESC", 1))
add(db, "join", "what languages are spoken in Brazil and what percentage speaks each",
    "Languages of Brazil with their percentages",
    "SELECT T2.language, T2.percentage FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.name = 'Brazil'", 2)
add(db, "set", "countries where both English and French are spoken",
    "Which countries have English as well as French among their languages?",
    "SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' INTERSECT SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'French'", 1)
add(db, "ratio", "what % of countries are in Africa",
    "Percentage of all countries located on the African continent",
    "SELECT 100.0 * sum(CASE WHEN continent = 'Africa' THEN 1 ELSE 0 END) / count(*) FROM country", 1)
add(db, "projection", "I need name, continent and population of every country",
    "list all countries with continent and population",
    "SELECT name, continent, population FROM country", 3)

# ---------------------------------------------------------------- unanswerable
U = [
    ("battle_death", "how much did each ship cost to build?"),
    ("concert_singer", "What was the ticket price for each concert?"),
    ("cre_Doc_Template_Mgt", "who is the author of each document"),
    ("employee_hire_evaluation", "I need every employee's annual salary"),
    ("employee_hire_evaluation", "show employee names with their email addresses"),
    ("museum_visit", "which museum has the largest floor area in square meters?"),
    ("orchestra", "how many musicians play in each orchestra"),
    ("poker_player", "What is the weight of each poker player?"),
    ("singer", "what genre is each song?"),
    ("tvshow", "budget of each cartoon episode"),
    ("world_1", "which currency does each country use"),
    ("world_1", "unemployment rate per country in Europe"),
]


def main():
    errs = []
    from collections import Counter
    per = Counter((it["db"], it["kind"]) for it in I)
    dbs = sorted({it["db"] for it in I})
    for d in dbs:
        for k in KINDS:
            if per[(d, k)] != 1:
                errs.append(f"{d}: kind {k} appears {per[(d, k)]} times")
    qs = Counter(it["question"].lower() for it in I) + Counter(it["paraphrase"].lower() for it in I)
    for q, n in qs.items():
        if n > 1:
            errs.append(f"duplicate text: {q}")
    for it in I:
        path = os.path.join(DBROOT, it["db"], it["db"] + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            cur = con.execute(it["query"])
            rows = cur.fetchall()
            nc = len(cur.description)
        except Exception as e:
            errs.append(f"{it['db']} {it['kind']}: SQL error {e}")
            continue
        tag = f"{it['db']} {it['kind']}"
        if not rows:
            errs.append(f"{tag}: empty result")
        elif all(v is None for r in rows for v in r):
            errs.append(f"{tag}: all NULL")
        if nc != it["ncols"]:
            errs.append(f"{tag}: ncols {nc} != {it['ncols']}")
        q = it["query"].upper().rstrip()
        has_limit = " LIMIT " in q
        if has_limit and "tie" not in it:
            errs.append(f"{tag}: LIMIT without tie check")
        if "tie" in it:
            tsql, n = it["tie"]
            tv = con.execute(tsql).fetchall()
            if len(tv) < n:
                errs.append(f"{tag}: tie query returns fewer than {n} rows")
            elif len(tv) > n and tv[n - 1] == tv[n]:
                errs.append(f"{tag}: tie at row {n}: {tv[n-1]}")
        con.close()
    for d, q in U:
        if not os.path.exists(os.path.join(DBROOT, d, d + ".sqlite")):
            errs.append(f"unanswerable: unknown db {d}")
    if set(d for d, _ in U) != set(dbs) or len(U) != 12:
        errs.append("unanswerable: need 12 items covering every db")
    if errs:
        print("FAILED:\n  " + "\n  ".join(errs))
        sys.exit(1)
    out = [dict(question=it["question"], db_id=it["db"], query=it["query"],
                paraphrase=it["paraphrase"], kind=it["kind"]) for it in I]
    with open(os.path.join(OUT, "spider_v17_A.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "spider_v17_A_unanswerable.json"), "w") as f:
        json.dump([dict(question=q, db_id=d, query="") for d, q in U], f, indent=1, ensure_ascii=False)
    multi = sum(1 for it in I if it["ncols"] >= 2)
    print(f"OK: {len(I)} items, {len(U)} unanswerable, {multi} with 2+ columns")
    print(dict(Counter(it["kind"] for it in I)))


if __name__ == "__main__":
    main()
