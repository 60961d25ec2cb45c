#!/usr/bin/env python3
"""Generate /tmp/blind23/spider_v23_A.json: 110 text-to-SQL test items (11 per db, one per kind).
The file is written only if every check passes."""
import json, os, re, sqlite3, sys
from collections import Counter, defaultdict

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind23/spider_v23_A.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# (db_id, kind, question, paraphrase, query)
ITEMS = [
# ---------------- battle_death ----------------
("battle_death", "count",
 "how many battels had an unknown latin commander?",
 "Count the battles where the Latin side's commander is listed as Unknown.",
 "SELECT count(*) FROM battle WHERE latin_commander = 'Unknown'"),
("battle_death", "list",
 "list every ship with its type and location",
 "For all the ships, show me the name, what kind of vessel it is, and where it was.",
 "SELECT name, ship_type, location FROM ship"),
("battle_death", "filter-text",
 "which battles had kaloyan as the bulgarian commander",
 "Give the names of the battles in which Kaloyan led the Bulgarian side.",
 "SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
("battle_death", "filter-number",
 "Which death records list more than ten people killed? Show the note and the number killed.",
 "death entries w/ killed over 10 -- note + killed count",
 "SELECT note, killed FROM death WHERE killed > 10"),
("battle_death", "aggregate",
 "total killed and total injured over all the death records",
 "Across every recorded incident, how many people were killed altogether and how many were injured altogether?",
 "SELECT sum(killed), sum(injured) FROM death"),
("battle_death", "superlative",
 "Which ship caused the most deaths, and how many people did it kill in total?",
 "ship with the highest total killed count + that total",
 "SELECT T1.name, sum(T2.killed) FROM ship AS T1 JOIN death AS T2 ON T2.caused_by_ship_id = T1.id "
 "GROUP BY T1.id ORDER BY sum(T2.killed) DESC LIMIT 1"),
("battle_death", "group",
 "how many ships per disposition (captured, sank etc)?",
 "Break down the number of ships by what ultimately happened to them.",
 "SELECT disposition_of_ship, count(*) FROM ship GROUP BY disposition_of_ship"),
("battle_death", "join",
 "For each ship, show the name of the battle it was lost in and that battle's result.",
 "ship name, the battle it got lost in, and how that battle ended",
 "SELECT T1.name, T2.name, T2.result FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id"),
("battle_death", "set",
 "which battles didnt lose any ships?",
 "Name the battles that have no ship recorded as lost in them.",
 "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)"),
("battle_death", "ratio",
 "what percent of battles ended in a bulgarian victory",
 "Out of all the battles, what share, as a percentage, has the result Bulgarian victory?",
 "SELECT 100.0 * sum(result = 'Bulgarian victory') / count(*) FROM battle"),
("battle_death", "compare-to-aggregate",
 "Which incidents killed more people than the average incident? Give the note and the killed number.",
 "death records where killed is above avg killed, note + killed",
 "SELECT note, killed FROM death WHERE killed > (SELECT avg(killed) FROM death)"),

# ---------------- concert_singer ----------------
("concert_singer", "count",
 "how many different countries are the singers from?",
 "Number of distinct singer countries",
 "SELECT count(DISTINCT country) FROM singer"),
("concert_singer", "list",
 "show all stadiums w/ location and capacity",
 "I need every stadium's name together with where it is and how many people it holds.",
 "SELECT name, location, capacity FROM stadium"),
("concert_singer", "filter-text",
 "Names of the male singers from France.",
 "french guys who sing - who are they",
 "SELECT name FROM singer WHERE country = 'France' AND is_male = 'T'"),
("concert_singer", "filter-number",
 "which stadiums have a capacity over 10,000?",
 "List the stadiums able to hold more than ten thousand people.",
 "SELECT name FROM stadium WHERE capacity > 10000"),
("concert_singer", "aggregate",
 "avg, youngest and oldest singer age",
 "What are the mean, minimum and maximum ages across all singers?",
 "SELECT avg(age), min(age), max(age) FROM singer"),
("concert_singer", "superlative",
 "Which stadium has the highest average attendance, and what is that average?",
 "stadium w/ biggest avg attendance + the number",
 "SELECT name, average FROM stadium ORDER BY average DESC LIMIT 1"),
("concert_singer", "group",
 "number of concerts each year",
 "How many concerts took place in every year on record?",
 "SELECT year, count(*) FROM concert GROUP BY year"),
("concert_singer", "join",
 "list each concert with the stadium it was in and the year",
 "For every concert, give its name, the name of the stadium hosting it, and the year it happened.",
 "SELECT T1.concert_name, T2.name, T1.year FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id"),
("concert_singer", "set",
 "Which singers performed in concerts in both 2014 and 2015?",
 "singers who sang at a 2014 concert and also at a 2015 one",
 "SELECT T3.name FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_id = T2.concert_id "
 "JOIN singer AS T3 ON T1.singer_id = T3.singer_id WHERE T2.year = '2014' "
 "INTERSECT "
 "SELECT T3.name FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_id = T2.concert_id "
 "JOIN singer AS T3 ON T1.singer_id = T3.singer_id WHERE T2.year = '2015'"),
("concert_singer", "ratio",
 "what percentage of singres are male?",
 "Share of singers who are men, expressed as a percent.",
 "SELECT 100.0 * sum(is_male = 'T') / count(*) FROM singer"),
("concert_singer", "compare-to-aggregate",
 "singers older than the average age - name, country, age",
 "Which singers are above the mean singer age? Show their name, country and age.",
 "SELECT name, country, age FROM singer WHERE age > (SELECT avg(age) FROM singer)"),

# ---------------- cre_Doc_Template_Mgt ----------------
("cre_Doc_Template_Mgt", "count",
 "how many different templates are used by documents?",
 "Count the distinct templates that at least one document is based on.",
 "SELECT count(DISTINCT template_id) FROM documents"),
("cre_Doc_Template_Mgt", "list",
 "List all document names with their IDs and descriptions.",
 "every doc: name, id, description",
 "SELECT document_name, document_id, document_description FROM documents"),
("cre_Doc_Template_Mgt", "filter-text",
 "docs with CV in the name?",
 "Which documents have a name containing the letters 'CV'?",
 "SELECT document_name FROM documents WHERE document_name LIKE '%CV%'"),
("cre_Doc_Template_Mgt", "filter-number",
 "Templates with a version number above 7 - just the template ids.",
 "which templates r on version 8 or higher? ids only",
 "SELECT template_id FROM templates WHERE version_number > 7"),
("cre_Doc_Template_Mgt", "aggregate",
 "whats the average template version number and the highest one",
 "Give me the mean and the maximum of the templates' version numbers.",
 "SELECT avg(version_number), max(version_number) FROM templates"),
("cre_Doc_Template_Mgt", "superlative",
 "Which document has the most paragraphs? Include the paragraph count.",
 "doc with the largest number of paragraphs and how many it has",
 "SELECT T2.document_name, count(*) FROM paragraphs AS T1 JOIN documents AS T2 ON T1.document_id = T2.document_id "
 "GROUP BY T1.document_id ORDER BY count(*) DESC LIMIT 1"),
("cre_Doc_Template_Mgt", "group",
 "how many templates of each template type? use the type description",
 "Count templates per type, labelling each type by its description.",
 "SELECT T2.template_type_description, count(*) FROM templates AS T1 JOIN ref_template_types AS T2 "
 "ON T1.template_type_code = T2.template_type_code GROUP BY T2.template_type_description"),
("cre_Doc_Template_Mgt", "join",
 "Show each paragraph's text along with the name of the document it's in.",
 "paragraph text + which doc name it belongs to",
 "SELECT T1.paragraph_text, T2.document_name FROM paragraphs AS T1 JOIN documents AS T2 ON T1.document_id = T2.document_id"),
("cre_Doc_Template_Mgt", "set",
 "which template ids arent used by any document",
 "List the IDs of templates that no document refers to.",
 "SELECT template_id FROM templates EXCEPT SELECT template_id FROM documents"),
("cre_Doc_Template_Mgt", "ratio",
 "what percent of templates are book templates?",
 "Of all the templates, what percentage are of the Book type?",
 "SELECT 100.0 * sum(template_type_code = 'BK') / count(*) FROM templates"),
("cre_Doc_Template_Mgt", "compare-to-aggregate",
 "Templates whose version number is higher than the average version - ids please.",
 "which template ids have above-avg version numbers?",
 "SELECT template_id FROM templates WHERE version_number > (SELECT avg(version_number) FROM templates)"),

# ---------------- employee_hire_evaluation ----------------
("employee_hire_evaluation", "count",
 "how many employees have gotten a bonus at least once",
 "What's the number of different staff members that received any bonus award?",
 "SELECT count(DISTINCT employee_id) FROM evaluation"),
("employee_hire_evaluation", "list",
 "shop names with location and manager",
 "For every shop, show its name, the town it's in, and who manages it.",
 "SELECT name, location, manager_name FROM shop"),
("employee_hire_evaluation", "filter-text",
 "Which employees live in Bath?",
 "names of the employees based in bath",
 "SELECT name FROM employee WHERE city = 'Bath'"),
("employee_hire_evaluation", "filter-number",
 "shops with less than 5000 products, and how many they have",
 "Which shops stock under five thousand products? Show the shop name and its product count.",
 "SELECT name, number_products FROM shop WHERE number_products < 5000"),
("employee_hire_evaluation", "aggregate",
 "What is the total amount of bonuses paid and the average bonus?",
 "sum of all bonuses + mean bonus",
 "SELECT sum(bonus), avg(bonus) FROM evaluation"),
("employee_hire_evaluation", "superlative",
 "who got the biggest single bonus and how much was it",
 "Which employee received the largest one-time bonus award, and what was the amount?",
 "SELECT T1.name, T2.bonus FROM employee AS T1 JOIN evaluation AS T2 ON T1.employee_id = T2.employee_id "
 "ORDER BY T2.bonus DESC LIMIT 1"),
("employee_hire_evaluation", "group",
 "number of employees in each city",
 "Break down the staff headcount by city.",
 "SELECT city, count(*) FROM employee GROUP BY city"),
("employee_hire_evaluation", "join",
 "For each hired employee, show their name, the shop they work at, and the year they started.",
 "employee name, shop name, start year for all the hirings",
 "SELECT T2.name, T3.name, T1.start_from FROM hiring AS T1 JOIN employee AS T2 ON T1.employee_id = T2.employee_id "
 "JOIN shop AS T3 ON T1.shop_id = T3.shop_id"),
("employee_hire_evaluation", "set",
 "which employees were never hired by a shop",
 "List the names of employees who do not appear in any hiring record.",
 "SELECT name FROM employee WHERE employee_id NOT IN (SELECT employee_id FROM hiring)"),
("employee_hire_evaluation", "ratio",
 "What percentage of hires are full-time?",
 "percent of hiring records that r full time",
 "SELECT 100.0 * sum(is_full_time = 'T') / count(*) FROM hiring"),
("employee_hire_evaluation", "compare-to-aggregate",
 "shops that have more products than the avrage shop",
 "Which shops carry an above-average product count?",
 "SELECT name FROM shop WHERE number_products > (SELECT avg(number_products) FROM shop)"),

# ---------------- museum_visit ----------------
("museum_visit", "count",
 "how many museums opened after 2010",
 "Count the museums whose opening year is later than 2010.",
 "SELECT count(*) FROM museum WHERE open_year > '2010'"),
("museum_visit", "list",
 "names and ages of all visitors",
 "Show me every visitor along with how old they are.",
 "SELECT name, age FROM visitor"),
("museum_visit", "filter-text",
 "Which museums have 'Plaza' in their name?",
 "museums w/ plaza in the title",
 "SELECT name FROM museum WHERE name LIKE '%Plaza%'"),
("museum_visit", "filter-number",
 "visitors with membership level higher than 4",
 "Which visitors are above membership level four? Just their names.",
 "SELECT name FROM visitor WHERE level_of_membership > 4"),
("museum_visit", "aggregate",
 "How many tickets were bought in total, and how much money was spent in total, over all visits?",
 "total tickets and total spend across visits",
 "SELECT sum(num_of_ticket), sum(total_spent) FROM visit"),
("museum_visit", "superlative",
 "which visitor spent the most money overall? name and total spent",
 "Who is the biggest spender across all of their museum visits, and what did they spend altogether?",
 "SELECT T1.name, sum(T2.total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id "
 "GROUP BY T1.id ORDER BY sum(T2.total_spent) DESC LIMIT 1"),
("museum_visit", "group",
 "For each museum that had visits, show the number of visits and total tickets sold.",
 "per museum: how many visits + how many tickets",
 "SELECT T1.name, count(*), sum(T2.num_of_ticket) FROM museum AS T1 JOIN visit AS T2 ON T1.museum_id = T2.museum_id "
 "GROUP BY T1.museum_id"),
("museum_visit", "join",
 "list every visit: visitor name, museum name, tickets",
 "Show each visit with the name of the visitor, the museum visited and the number of tickets bought.",
 "SELECT T1.name, T3.name, T2.num_of_ticket FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id "
 "JOIN museum AS T3 ON T2.museum_id = T3.museum_id"),
("museum_visit", "set",
 "Which museums have never been visited?",
 "museums with zero visits recorded",
 "SELECT name FROM museum WHERE museum_id NOT IN (SELECT museum_id FROM visit)"),
("museum_visit", "ratio",
 "whats the average amount spent per ticket, over all visits combined",
 "Divide the total money spent by the total tickets bought across every visit - what's the figure?",
 "SELECT sum(total_spent) / sum(num_of_ticket) FROM visit"),
("museum_visit", "compare-to-aggregate",
 "museums with more staff than average, with their staff numbers",
 "Which museums employ an above-average number of staff? Show name and staff count.",
 "SELECT name, num_of_staff FROM museum WHERE num_of_staff > (SELECT avg(num_of_staff) FROM museum)"),

# ---------------- orchestra ----------------
("orchestra", "count",
 "how many conductors are from the USA?",
 "Number of American conductors.",
 "SELECT count(*) FROM conductor WHERE nationality = 'USA'"),
("orchestra", "list",
 "List conductors with their nationality and years of work.",
 "every conductor name, nationality, how many years they've worked",
 "SELECT name, nationality, year_of_work FROM conductor"),
("orchestra", "filter-text",
 "which orchestras are with decca records?",
 "Name the orchestras whose record company is Decca Records.",
 "SELECT orchestra FROM orchestra WHERE record_company = 'Decca Records'"),
("orchestra", "filter-number",
 "Orchestras founded before 2005 and the year they were founded.",
 "orchestras set up earlier than two thousand five + founding yr",
 "SELECT orchestra, year_of_founded FROM orchestra WHERE year_of_founded < 2005"),
("orchestra", "aggregate",
 "average and max attendance over all shows",
 "What's the mean show attendance and the highest attendance recorded?",
 "SELECT avg(attendance), max(attendance) FROM show"),
("orchestra", "superlative",
 "Which conductor has worked the most years, and how many?",
 "conductor w/ the highest year of work value + that value",
 "SELECT name, year_of_work FROM conductor ORDER BY year_of_work DESC LIMIT 1"),
("orchestra", "group",
 "how many orchestras use each major record format",
 "Count the orchestras grouped by their main recording format.",
 "SELECT major_record_format, count(*) FROM orchestra GROUP BY major_record_format"),
("orchestra", "join",
 "Show each orchestra with its conductor's name and nationality.",
 "orchestra + conductor name + conductor nationality",
 "SELECT T1.orchestra, T2.name, T2.nationality FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id"),
("orchestra", "set",
 "orchestras that have no performances",
 "Which orchestras never appear in the performance records?",
 "SELECT orchestra FROM orchestra WHERE orchestra_id NOT IN (SELECT orchestra_id FROM performance)"),
("orchestra", "ratio",
 "What's the ratio of American conductors to British ones?",
 "usa conductors divided by uk conductors",
 "SELECT 1.0 * sum(nationality = 'USA') / sum(nationality = 'UK') FROM conductor"),
("orchestra", "compare-to-aggregate",
 "performances with official ratings above the average - type, date and rating",
 "Which performances were rated higher than the mean official rating (millions)? Give type, date, rating.",
 "SELECT type, date, \"Official_ratings_(millions)\" FROM performance "
 "WHERE \"Official_ratings_(millions)\" > (SELECT avg(\"Official_ratings_(millions)\") FROM performance)"),

# ---------------- poker_player ----------------
("poker_player", "count",
 "how many people in the database are russian",
 "Count the people with Russian nationality.",
 "SELECT count(*) FROM people WHERE nationality = 'Russia'"),
("poker_player", "list",
 "Names, nationalities and birth dates of all people.",
 "give me everybody's name, nationality n birthday",
 "SELECT name, nationality, birth_date FROM people"),
("poker_player", "filter-text",
 "who isn't from russia?",
 "List the people whose nationality is something other than Russia.",
 "SELECT name FROM people WHERE nationality != 'Russia'"),
("poker_player", "filter-number",
 "People taller than 195 - names please.",
 "anyone over one hundred ninety-five cm tall?",
 "SELECT name FROM people WHERE height > 195"),
("poker_player", "aggregate",
 "total earnings of all poker players and their average number of final tables made",
 "Sum up the players' earnings, and also give the mean final-table count.",
 "SELECT sum(earnings), avg(final_table_made) FROM poker_player"),
("poker_player", "superlative",
 "Who is the tallest poker player and how tall are they?",
 "tallest person among the poker players + height",
 "SELECT T1.name, T1.height FROM people AS T1 JOIN poker_player AS T2 ON T1.people_id = T2.people_id "
 "ORDER BY T1.height DESC LIMIT 1"),
("poker_player", "group",
 "for each best finish, how many players and their avg earnings",
 "Group the poker players by best finish and give the player count and mean earnings for each group.",
 "SELECT best_finish, count(*), avg(earnings) FROM poker_player GROUP BY best_finish"),
("poker_player", "join",
 "Poker players' names along with their money rank and final tables made.",
 "name, money rank, final tables for each poker player",
 "SELECT T1.name, T2.money_rank, T2.final_table_made FROM people AS T1 JOIN poker_player AS T2 ON T1.people_id = T2.people_id"),
("poker_player", "set",
 "people who are not poker players",
 "Which people in the database don't have a poker player record?",
 "SELECT name FROM people WHERE people_id NOT IN (SELECT people_id FROM poker_player)"),
("poker_player", "ratio",
 "earnings per final table for each poker player (name + value)",
 "For every player, divide their earnings by the number of final tables they made; show the name alongside.",
 "SELECT T1.name, T2.earnings / T2.final_table_made FROM people AS T1 JOIN poker_player AS T2 ON T1.people_id = T2.people_id"),
("poker_player", "compare-to-aggregate",
 "Which poker players earned more than the average? Show names and earnings.",
 "players w/ above avg earnings, name n earnings",
 "SELECT T1.name, T2.earnings FROM people AS T1 JOIN poker_player AS T2 ON T1.people_id = T2.people_id "
 "WHERE T2.earnings > (SELECT avg(earnings) FROM poker_player)"),

# ---------------- singer ----------------
("singer", "count",
 "how many singers were born after 1950?",
 "Number of singers whose birth year is later than nineteen fifty.",
 "SELECT count(*) FROM singer WHERE birth_year > 1950"),
("singer", "list",
 "List all singers and their citizenship.",
 "every singer's name + citizenship",
 "SELECT name, citizenship FROM singer"),
("singer", "filter-text",
 "us citizen singers and their net worth",
 "Which singers hold United States citizenship? Show name and net worth in millions.",
 "SELECT name, net_worth_millions FROM singer WHERE citizenship = 'United States'"),
("singer", "filter-number",
 "Songs that sold more than 300,000 copies",
 "song titles w/ sales over 300k",
 "SELECT title FROM song WHERE sales > 300000"),
("singer", "aggregate",
 "average net worth of singers and the earliest birth year",
 "What's the mean net worth (millions) across singers, and what's the oldest birth year among them?",
 "SELECT avg(net_worth_millions), min(birth_year) FROM singer"),
("singer", "superlative",
 "Which singer has the highest total song sales? Show the total.",
 "singer whose songs sold the most combined, with the sum",
 "SELECT T1.name, sum(T2.sales) FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = T2.singer_id "
 "GROUP BY T1.singer_id ORDER BY sum(T2.sales) DESC LIMIT 1"),
("singer", "group",
 "how many singers per citizenship",
 "Count singers for each country of citizenship.",
 "SELECT citizenship, count(*) FROM singer GROUP BY citizenship"),
("singer", "join",
 "Song titles with the singer's name and the song's highest chart position.",
 "each song + who sang it + highest position",
 "SELECT T2.title, T1.name, T2.highest_position FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = T2.singer_id"),
("singer", "set",
 "singers without any songs",
 "Which singers have no songs listed?",
 "SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM song)"),
("singer", "ratio",
 "What percentage of all song sales belong to Liliane Bettencourt?",
 "liliane bettencourt's share of total song sales in %",
 "SELECT 100.0 * sum(CASE WHEN T1.name = 'Liliane Bettencourt' THEN T2.sales ELSE 0 END) / sum(T2.sales) "
 "FROM singer AS T1 JOIN song AS T2 ON T1.singer_id = T2.singer_id"),
("singer", "compare-to-aggregate",
 "singers worth more than the average net worth",
 "Which singers have a net worth above the mean? Names only.",
 "SELECT name FROM singer WHERE net_worth_millions > (SELECT avg(net_worth_millions) FROM singer)"),

# ---------------- tvshow ----------------
("tvshow", "count",
 "how many tv channels are in english",
 "Count the channels whose language is English.",
 "SELECT count(*) FROM tv_channel WHERE language = 'English'"),
("tvshow", "list",
 "List every cartoon title with its director and writer.",
 "all cartoons: title, directed by, written by",
 "SELECT title, directed_by, written_by FROM cartoon"),
("tvshow", "filter-text",
 "cartoons directed by ben jones",
 "Which cartoon titles did Ben Jones direct?",
 "SELECT title FROM cartoon WHERE directed_by = 'Ben Jones'"),
("tvshow", "filter-number",
 "TV series episodes with a weekly rank below 60",
 "which episodes have a weekly rank number under sixty?",
 "SELECT episode FROM tv_series WHERE weekly_rank < 60"),
("tvshow", "aggregate",
 "avg share and best (lowest) weekly rank across all tv series episodes",
 "Across the TV series episodes, what's the mean share and the minimum weekly rank?",
 "SELECT avg(share), min(weekly_rank) FROM tv_series"),
("tvshow", "superlative",
 "Which episode had the most viewers, and how many (in millions)?",
 "episode w/ highest viewer count + that number",
 "SELECT episode, viewers_m FROM tv_series ORDER BY CAST(viewers_m AS REAL) DESC LIMIT 1"),
("tvshow", "group",
 "number of cartoons per director",
 "How many cartoons has each director made?",
 "SELECT directed_by, count(*) FROM cartoon GROUP BY directed_by"),
("tvshow", "join",
 "For each cartoon, show its title and the series name of the channel it aired on.",
 "cartoon title + channel series name",
 "SELECT T1.title, T2.series_name FROM cartoon AS T1 JOIN tv_channel AS T2 ON T1.channel = T2.id"),
("tvshow", "set",
 "channels that air cartoons but have no tv series episodes (series names)",
 "Which channels show at least one cartoon yet have no TV series episodes? Give their series names.",
 "SELECT series_name FROM tv_channel WHERE id IN (SELECT channel FROM cartoon) "
 "AND id NOT IN (SELECT channel FROM tv_series)"),
("tvshow", "ratio",
 "What percentage of TV channels offer high definition?",
 "% of channels w/ HD tv = yes",
 "SELECT 100.0 * sum(hight_definition_tv = 'yes') / count(*) FROM tv_channel"),
("tvshow", "compare-to-aggregate",
 "episodes with a share above the average share, plus their share and air date",
 "Which TV series episodes beat the mean share? Show episode, share, air date.",
 "SELECT episode, share, air_date FROM tv_series WHERE share > (SELECT avg(share) FROM tv_series)"),

# ---------------- world_1 ----------------
("world_1", "count",
 "how many countries are in south america?",
 "Number of South American countries in the data.",
 "SELECT count(*) FROM country WHERE continent = 'South America'"),
("world_1", "list",
 "List every country's name, continent and population.",
 "all countries w/ continent + population",
 "SELECT name, continent, population FROM country"),
("world_1", "filter-text",
 "countries that are constitutional monarchies",
 "Which countries have Constitutional Monarchy as their form of government?",
 "SELECT name FROM country WHERE governmentform = 'Constitutional Monarchy'"),
("world_1", "filter-number",
 "cities with more than 5,000,000 people and their populations",
 "Which cities have a population above five million? Show name and population.",
 "SELECT name, population FROM city WHERE population > 5000000"),
("world_1", "aggregate",
 "Total population and average life expectancy of Asian countries.",
 "asia: sum of population, mean life expectancy",
 "SELECT sum(population), avg(lifeexpectancy) FROM country WHERE continent = 'Asia'"),
("world_1", "superlative",
 "top 5 most populated cities w/ their population",
 "Which five cities have the largest populations? Include the numbers.",
 "SELECT name, population FROM city ORDER BY population DESC LIMIT 5"),
("world_1", "group",
 "For each continent, how many countries are there and what's the total population?",
 "country count + total pop per continent",
 "SELECT continent, count(*), sum(population) FROM country GROUP BY continent"),
("world_1", "join",
 "each south american country and its capital city",
 "For each country in South America, name the country and its capital city.",
 "SELECT T1.name, T2.name FROM country AS T1 JOIN city AS T2 ON T1.capital = T2.id WHERE T1.continent = 'South America'"),
("world_1", "set",
 "Which languages are spoken in both Canada and the United States?",
 "languages common to canada and the usa",
 "SELECT T2.language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.name = 'Canada' "
 "INTERSECT "
 "SELECT T2.language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.name = 'United States'"),
("world_1", "ratio",
 "what % of the world's population lives in asia",
 "Asia's share of total world population, as a percentage.",
 "SELECT 100.0 * sum(CASE WHEN continent = 'Asia' THEN population ELSE 0 END) / sum(population) FROM country"),
("world_1", "compare-to-aggregate",
 "African countries whose life expectancy is above the world average - name and life expectancy",
 "Which countries in Africa have a longer life expectancy than the global mean? Show the country and its value.",
 "SELECT name, lifeexpectancy FROM country WHERE continent = 'Africa' "
 "AND lifeexpectancy > (SELECT avg(lifeexpectancy) FROM country)"),
]


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def as_num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return v


def main():
    errors = []
    conns = {}
    for db in DBS:
        p = os.path.join(DB_ROOT, db, db + ".sqlite")
        if not os.path.exists(p):
            errors.append("missing db " + p)
            continue
        conns[db] = sqlite3.connect("file:%s?mode=ro" % p, uri=True)
    if errors:
        print("\n".join(errors)); sys.exit(1)

    # per-db counts and kinds
    per_db = defaultdict(list)
    for db, kind, q, p, sql in ITEMS:
        if db not in DBS:
            errors.append("unknown db %s" % db)
        if kind not in KINDS:
            errors.append("unknown kind %s" % kind)
        per_db[db].append(kind)
    for db in DBS:
        ks = per_db.get(db, [])
        if len(ks) != 11:
            errors.append("%s has %d items (want 11)" % (db, len(ks)))
        if sorted(ks) != sorted(KINDS):
            errors.append("%s kinds mismatch: %s" % (db, Counter(ks)))

    # duplicates
    seen = {}
    for db, kind, q, p, sql in ITEMS:
        for text in (q, p):
            k = norm(text)
            if k in seen:
                errors.append("duplicate question text: %r" % text)
            seen[k] = True
        if norm(q) == norm(p):
            errors.append("paraphrase identical to question: %r" % q)
        if not q.strip() or not p.strip():
            errors.append("empty question/paraphrase in %s/%s" % (db, kind))

    # gold checks
    for db, kind, q, p, sql in ITEMS:
        c = conns.get(db)
        tag = "%s/%s" % (db, kind)
        try:
            rows = c.execute(sql).fetchall()
        except Exception as e:
            errors.append("%s: query error %s :: %s" % (tag, e, sql)); continue
        if not rows:
            errors.append("%s: no rows" % tag); continue
        if all(v is None for r in rows for v in r):
            errors.append("%s: all NULL result" % tag)
        up = sql.upper()
        m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
        if re.search(r"\bLIMIT\b", up):
            if not m:
                errors.append("%s: LIMIT not at end / unparsable" % tag); continue
            if "ORDER BY" not in up:
                errors.append("%s: LIMIT without ORDER BY" % tag); continue
            n = int(m.group(1))
            base = sql[:m.start()]
            full = c.execute(base).fetchall()
            # ranking value must be the last column: check it is monotone over the full ordering
            vals = [as_num(r[-1]) for r in full]
            desc = " DESC" in up[up.rfind("ORDER BY"):]
            try:
                mono = all((a >= b) if desc else (a <= b) for a, b in zip(vals, vals[1:]) if a is not None and b is not None)
            except TypeError:
                mono = False
            if not mono:
                errors.append("%s: last column is not the ranking value" % tag)
            if len(full) > n and vals[n - 1] == vals[n]:
                errors.append("%s: tie at LIMIT cut-off (%r == %r)" % (tag, vals[n - 1], vals[n]))
    if errors:
        print("CHECKS FAILED (%d):" % len(errors))
        print("\n".join(errors))
        sys.exit(1)

    out = [{"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind}
           for db, kind, q, p, sql in ITEMS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("all checks passed; wrote %d items to %s" % (len(out), OUT))
    print("kinds:", dict(Counter(i["kind"] for i in out)))


if __name__ == "__main__":
    main()
