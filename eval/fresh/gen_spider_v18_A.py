#!/usr/bin/env python3
"""Held-out text-to-SQL evaluation set v18, half A (Spider dev databases).

Builds spider_v18_A.json and spider_v18_A_unanswerable.json next to this
script, but only after every gold query has been re-run on its database and
has passed all checks:
  * the query executes on /work/shared/eval/spider/database/<db>/<db>.sqlite
  * the answer is non-empty and not made of NULLs only
  * the number of result columns equals the declared ncols
  * for a query ending in LIMIT n: a tie check is given, and the value at
    row n of the tie query differs from the value at row n+1 (if any)
  * per database there is exactly one item of each of the 11 kinds

Tie convention: tie=(sql, N) where sql returns the ordering value(s) in the
same order as the gold query but without the limit (or with a bigger one);
N is the gold LIMIT. The check passes when the tie query has <= N rows, or
row N-1 (0-based) differs from row N.

Stdlib only.
"""
import json
import os
import sqlite3
import sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

ITEMS = [
    # ------------------------------------------------------------ battle_death
    dict(db="battle_death", kind="count",
         question="how many battles are in here?",
         paraphrase="Total number of battles recorded",
         query="SELECT count(*) FROM battle",
         ncols=1),
    dict(db="battle_death", kind="list",
         question="Give me the names of all the battles",
         paraphrase="list every battle name pls",
         query="SELECT name FROM battle",
         ncols=1),
    dict(db="battle_death", kind="filter-text",
         question="Which battles ended in a Bulgarian victory? need name and date",
         paraphrase="I want to see the name and date of every battle the Bulgarians won",
         query="SELECT name, date FROM battle WHERE result = 'Bulgarian victory'",
         ncols=2),
    dict(db="battle_death", kind="filter-number",
         question="death records with more than 10 killed - show the note and number killed",
         paraphrase="Pull up the note and killed count for incidents where over ten people died",
         query="SELECT note, killed FROM death WHERE killed > 10",
         ncols=2),
    dict(db="battle_death", kind="aggregate",
         question="What's the total killed and total injured across all death records?",
         paraphrase="sum of killed and sum of injured over every death entry",
         query="SELECT sum(killed), sum(injured) FROM death",
         ncols=2),
    dict(db="battle_death", kind="group",
         question="number of battles per bulgarian commander",
         paraphrase="For each Bulgarian commander, how many battles did they lead?",
         query="SELECT bulgarian_commander, count(*) FROM battle GROUP BY bulgarian_commander",
         ncols=2),
    dict(db="battle_death", kind="superlative",
         question="Which ship caused the most deaths? give its name and the total killed",
         paraphrase="name of the ship responsible for the highest number of people killed, plus that total",
         query="SELECT s.name, sum(d.killed) FROM ship AS s JOIN death AS d ON s.id = d.caused_by_ship_id "
               "GROUP BY s.id ORDER BY sum(d.killed) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT sum(d.killed) FROM ship AS s JOIN death AS d ON s.id = d.caused_by_ship_id "
              "GROUP BY s.id ORDER BY sum(d.killed) DESC", 1)),
    dict(db="battle_death", kind="join",
         question="I need every ship alongside the name and date of the battle it was lost in",
         paraphrase="ships with the battle they were lost in - ship name, battle name, battle date",
         query="SELECT s.name, b.name, b.date FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id",
         ncols=3),
    dict(db="battle_death", kind="set",
         question="battles where no ship was lost?",
         paraphrase="Tell me which battles don't have any lost ships recorded against them",
         query="SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship)",
         ncols=1),
    dict(db="battle_death", kind="ratio",
         question="What percent of battles were a Bulgarian victory?",
         paraphrase="share of battles won by the Bulgarians, as a percentage",
         query="SELECT 100.0 * sum(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / count(*) FROM battle",
         ncols=1),
    dict(db="battle_death", kind="projection",
         question="ship name, type and what happened to it",
         paraphrase="For every ship show me its name, ship type and disposition",
         query="SELECT name, ship_type, disposition_of_ship FROM ship",
         ncols=3),

    # ---------------------------------------------------------- concert_singer
    dict(db="concert_singer", kind="count",
         question="How many singers do we have?",
         paraphrase="count of singers",
         query="SELECT count(*) FROM singer",
         ncols=1),
    dict(db="concert_singer", kind="list",
         question="list the stadium names",
         paraphrase="What are the names of all the stadiums?",
         query="SELECT name FROM stadium",
         ncols=1),
    dict(db="concert_singer", kind="filter-text",
         question="singers from france - name and age",
         paraphrase="Show the name and age of each singer whose country is France",
         query="SELECT name, age FROM singer WHERE country = 'France'",
         ncols=2),
    dict(db="concert_singer", kind="filter-number",
         question="Which stadiums hold more than 10k people? name + capacity",
         paraphrase="give me stadium names and capacities where capacity is above 10,000",
         query="SELECT name, capacity FROM stadium WHERE capacity > 10000",
         ncols=2),
    dict(db="concert_singer", kind="aggregate",
         question="average, youngest and oldest singer age",
         paraphrase="What are the mean, minimum and maximum ages across all singers?",
         query="SELECT avg(age), min(age), max(age) FROM singer",
         ncols=3),
    dict(db="concert_singer", kind="group",
         question="How many concerts were held each year?",
         paraphrase="concert count by year",
         query="SELECT year, count(*) FROM concert GROUP BY year",
         ncols=2),
    dict(db="concert_singer", kind="superlative",
         question="whats the stadium with the highest average attendence, and what is that average",
         paraphrase="Which stadium has the biggest average attendance? show name and the average",
         query="SELECT name, average FROM stadium ORDER BY average DESC LIMIT 1",
         ncols=2,
         tie=("SELECT average FROM stadium ORDER BY average DESC", 1)),
    dict(db="concert_singer", kind="join",
         question="Pull up each concert's name and year with the stadium it was held at",
         paraphrase="concert name, year, and stadium name for all concerts",
         query="SELECT c.concert_name, c.year, s.name FROM concert AS c JOIN stadium AS s ON c.stadium_id = s.stadium_id",
         ncols=3),
    dict(db="concert_singer", kind="set",
         question="Which stadiums have never hosted a concert?",
         paraphrase="stadiums with no concerts at all",
         query="SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)",
         ncols=1),
    dict(db="concert_singer", kind="ratio",
         question="what % of singers are male",
         paraphrase="Tell me the percentage of singers who are male",
         query="SELECT 100.0 * sum(CASE WHEN is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer",
         ncols=1),
    dict(db="concert_singer", kind="projection",
         question="I want to see every singer's name with their song name and the song's release year",
         paraphrase="singer, song title, release year",
         query="SELECT name, song_name, song_release_year FROM singer",
         ncols=3),

    # ----------------------------------------------------- cre_Doc_Template_Mgt
    dict(db="cre_Doc_Template_Mgt", kind="count",
         question="number of documents?",
         paraphrase="How many documents are stored in total?",
         query="SELECT count(*) FROM Documents",
         ncols=1),
    dict(db="cre_Doc_Template_Mgt", kind="list",
         question="Give me all the document names",
         paraphrase="what are the names of the documents",
         query="SELECT document_name FROM Documents",
         ncols=1),
    dict(db="cre_Doc_Template_Mgt", kind="filter-text",
         question="PPT templates - ids and version numbers",
         paraphrase="Show template id and version number for templates whose type code is PPT",
         query="SELECT template_id, version_number FROM Templates WHERE template_type_code = 'PPT'",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="filter-number",
         question="Which templates have a version number higher than 5? I need the id and type code",
         paraphrase="template ids and type codes where version > 5",
         query="SELECT template_id, template_type_code FROM Templates WHERE version_number > 5",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="aggregate",
         question="whats the highest and lowest template version",
         paraphrase="Max and min version number over all templates",
         query="SELECT max(version_number), min(version_number) FROM Templates",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="group",
         question="How many templates are there of each type code?",
         paraphrase="template count per template type code",
         query="SELECT template_type_code, count(*) FROM Templates GROUP BY template_type_code",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="superlative",
         question="Which document has the most paragraphs, and how many does it have?",
         paraphrase="document name with the largest paragraph count + that count",
         query="SELECT d.document_name, count(*) FROM Paragraphs AS p JOIN Documents AS d "
               "ON p.document_id = d.document_id GROUP BY d.document_id ORDER BY count(*) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT count(*) FROM Paragraphs AS p JOIN Documents AS d ON p.document_id = d.document_id "
              "GROUP BY d.document_id ORDER BY count(*) DESC", 1)),
    dict(db="cre_Doc_Template_Mgt", kind="join",
         question="document names with the description of their template type",
         paraphrase="For each document, tell me its name and the template type description of the template it uses",
         query="SELECT d.document_name, r.template_type_description FROM Documents AS d "
               "JOIN Templates AS t ON d.template_id = t.template_id "
               "JOIN Ref_Template_Types AS r ON t.template_type_code = r.template_type_code",
         ncols=2),
    dict(db="cre_Doc_Template_Mgt", kind="set",
         question="I need the ids of templates that no document uses",
         paraphrase="Which template ids are not used by any document?",
         query="SELECT template_id FROM Templates EXCEPT SELECT template_id FROM Documents",
         ncols=1),
    dict(db="cre_Doc_Template_Mgt", kind="ratio",
         question="What percentage of documents have at least one paragraph?",
         paraphrase="% of documents that contain any paragraphs",
         query="SELECT 100.0 * (SELECT count(DISTINCT document_id) FROM Paragraphs) / (SELECT count(*) FROM Documents)",
         ncols=1),
    dict(db="cre_Doc_Template_Mgt", kind="projection",
         question="template id, version and type code for all templates",
         paraphrase="Show me every template's id, version number and template type code",
         query="SELECT template_id, version_number, template_type_code FROM Templates",
         ncols=3),

    # ------------------------------------------------- employee_hire_evaluation
    dict(db="employee_hire_evaluation", kind="count",
         question="how many shops are there",
         paraphrase="What's the total number of shops?",
         query="SELECT count(*) FROM shop",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="list",
         question="List all employee names",
         paraphrase="names of every employee",
         query="SELECT name FROM employee",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="filter-text",
         question="employees living in Bath, with their ages",
         paraphrase="Which employees are from the city of Bath? give name and age",
         query="SELECT name, age FROM employee WHERE city = 'Bath'",
         ncols=2),
    dict(db="employee_hire_evaluation", kind="filter-number",
         question="shops that carry more than 10,000 products - name and product count",
         paraphrase="Tell me which shops have over 10000 products and how many they have",
         query="SELECT name, number_products FROM shop WHERE number_products > 10000",
         ncols=2),
    dict(db="employee_hire_evaluation", kind="aggregate",
         question="What's the total bonus paid out across all evaluations?",
         paraphrase="sum of all bonuses",
         query="SELECT sum(bonus) FROM evaluation",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="group",
         question="employee count by city",
         paraphrase="How many employees does each city have?",
         query="SELECT city, count(*) FROM employee GROUP BY city",
         ncols=2),
    dict(db="employee_hire_evaluation", kind="superlative",
         question="Which shop has hired the most employees? name and number hired",
         paraphrase="shop with the highest number of hires, plus the count",
         query="SELECT s.name, count(*) FROM hiring AS h JOIN shop AS s ON h.shop_id = s.shop_id "
               "GROUP BY h.shop_id ORDER BY count(*) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT count(*) FROM hiring AS h JOIN shop AS s ON h.shop_id = s.shop_id "
              "GROUP BY h.shop_id ORDER BY count(*) DESC", 1)),
    dict(db="employee_hire_evaluation", kind="join",
         question="I want to see each hired employee's name, the shop they work at and the year they started",
         paraphrase="employee name, shop name, start year for all hirings",
         query="SELECT e.name, s.name, h.start_from FROM hiring AS h JOIN employee AS e ON h.employee_id = e.employee_id "
               "JOIN shop AS s ON h.shop_id = s.shop_id",
         ncols=3),
    dict(db="employee_hire_evaluation", kind="set",
         question="employees who never got an evaluation",
         paraphrase="Which employees have no evaluation record at all?",
         query="SELECT name FROM employee WHERE employee_id NOT IN (SELECT employee_id FROM evaluation)",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="ratio",
         question="what percentage of hires are full time?",
         paraphrase="Share of hiring records that are full-time, in percent",
         query="SELECT 100.0 * sum(CASE WHEN is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring",
         ncols=1),
    dict(db="employee_hire_evaluation", kind="projection",
         question="Shop name, location and manager for every shop",
         paraphrase="give me each shop's name, where it's located and who manages it",
         query="SELECT name, location, manager_name FROM shop",
         ncols=3),

    # ------------------------------------------------------------ museum_visit
    dict(db="museum_visit", kind="count",
         question="How many visitors are registered?",
         paraphrase="number of visitors",
         query="SELECT count(*) FROM visitor",
         ncols=1),
    dict(db="museum_visit", kind="list",
         question="museum names",
         paraphrase="What are the names of all the museums?",
         query="SELECT name FROM museum",
         ncols=1),
    dict(db="museum_visit", kind="filter-text",
         question="museums with 'Plaza' in the name and their staff numbers",
         paraphrase="Which museums have Plaza in their name? show name and number of staff",
         query="SELECT name, num_of_staff FROM museum WHERE name LIKE '%Plaza%'",
         ncols=2),
    dict(db="museum_visit", kind="filter-number",
         question="Visitors under 30 - I need their names and membership levels",
         paraphrase="name and level of membership of visitors younger than 30",
         query="SELECT name, level_of_membership FROM visitor WHERE age < 30",
         ncols=2),
    dict(db="museum_visit", kind="aggregate",
         question="total amount spent and total tickets bought across all visits",
         paraphrase="What's the sum of money spent and the sum of tickets over every visit?",
         query="SELECT sum(total_spent), sum(num_of_ticket) FROM visit",
         ncols=2),
    dict(db="museum_visit", kind="group",
         question="How many museums opened in each year?",
         paraphrase="count of museums per opening year",
         query="SELECT open_year, count(*) FROM museum GROUP BY open_year",
         ncols=2),
    dict(db="museum_visit", kind="superlative",
         question="which visitor has spent the most money overall? name and total",
         paraphrase="Tell me the visitor with the highest total spending across their visits, and how much",
         query="SELECT vi.name, sum(v.total_spent) FROM visit AS v JOIN visitor AS vi ON v.visitor_id = vi.id "
               "GROUP BY vi.id ORDER BY sum(v.total_spent) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT sum(v.total_spent) FROM visit AS v JOIN visitor AS vi ON v.visitor_id = vi.id "
              "GROUP BY vi.id ORDER BY sum(v.total_spent) DESC", 1)),
    dict(db="museum_visit", kind="join",
         question="For each visit show the museum name, the visitor's name and what they spent",
         paraphrase="museum, visitor, total spent - every visit",
         query="SELECT m.name, vi.name, v.total_spent FROM visit AS v JOIN museum AS m ON v.museum_id = m.museum_id "
               "JOIN visitor AS vi ON v.visitor_id = vi.id",
         ncols=3),
    dict(db="museum_visit", kind="set",
         question="museums nobody has visited",
         paraphrase="Which museums don't have any visits recorded?",
         query="SELECT name FROM museum WHERE museum_id NOT IN (SELECT museum_id FROM visit)",
         ncols=1),
    dict(db="museum_visit", kind="ratio",
         question="What's the average spend per ticket overall (total spent divided by total tickets)?",
         paraphrase="money spent per ticket across all visits",
         query="SELECT sum(total_spent) / sum(num_of_ticket) FROM visit",
         ncols=1),
    dict(db="museum_visit", kind="projection",
         question="name, number of staff and open year of every museum",
         paraphrase="Pull up each museum with its staff count and the year it opened",
         query="SELECT name, num_of_staff, open_year FROM museum",
         ncols=3),

    # --------------------------------------------------------------- orchestra
    dict(db="orchestra", kind="count",
         question="how many conductors r there",
         paraphrase="Total count of conductors",
         query="SELECT count(*) FROM conductor",
         ncols=1),
    dict(db="orchestra", kind="list",
         question="What record companies do the orchestras use?",
         paraphrase="list of distinct record companies",
         query="SELECT DISTINCT record_company FROM orchestra",
         ncols=1),
    dict(db="orchestra", kind="filter-text",
         question="UK conductors, name and age",
         paraphrase="Give me the names and ages of conductors whose nationality is UK",
         query="SELECT name, age FROM conductor WHERE nationality = 'UK'",
         ncols=2),
    dict(db="orchestra", kind="filter-number",
         question="Which orchestras were founded after 2005? show the orchestra and founding year",
         paraphrase="orchestras founded later than 2005 with year founded",
         query="SELECT orchestra, year_of_founded FROM orchestra WHERE year_of_founded > 2005",
         ncols=2),
    dict(db="orchestra", kind="aggregate",
         question="average and max show attendance",
         paraphrase="What is the mean attendance of shows, and the highest attendance?",
         query="SELECT avg(attendance), max(attendance) FROM show",
         ncols=2),
    dict(db="orchestra", kind="group",
         question="How many conductors are there of each nationality?",
         paraphrase="conductor count per nationality",
         query="SELECT nationality, count(*) FROM conductor GROUP BY nationality",
         ncols=2),
    dict(db="orchestra", kind="superlative",
         question="conductor with the most years of work - name and years",
         paraphrase="Who has worked the longest among conductors, and for how many years?",
         query="SELECT name, year_of_work FROM conductor ORDER BY year_of_work DESC LIMIT 1",
         ncols=2,
         tie=("SELECT year_of_work FROM conductor ORDER BY year_of_work DESC", 1)),
    dict(db="orchestra", kind="join",
         question="I need each orchestra together with its conductor's name",
         paraphrase="orchestra names and who conducts them",
         query="SELECT o.orchestra, c.name FROM orchestra AS o JOIN conductor AS c ON o.conductor_id = c.conductor_id",
         ncols=2),
    dict(db="orchestra", kind="set",
         question="Which orchestras have no performances?",
         paraphrase="orchestras that never performed",
         query="SELECT orchestra FROM orchestra WHERE orchestra_id NOT IN (SELECT orchestra_id FROM performance)",
         ncols=1),
    dict(db="orchestra", kind="ratio",
         question="what percent of orchestras have CD as their major record format",
         paraphrase="Percentage of orchestras whose main record format is CD",
         query="SELECT 100.0 * sum(CASE WHEN major_record_format = 'CD' THEN 1 ELSE 0 END) / count(*) FROM orchestra",
         ncols=1),
    dict(db="orchestra", kind="projection",
         question="Show the type, date and share of every performance",
         paraphrase="performance type / date / share",
         query="SELECT type, date, share FROM performance",
         ncols=3),

    # ------------------------------------------------------------ poker_player
    dict(db="poker_player", kind="count",
         question="How many poker players are there?",
         paraphrase="number of poker players",
         query="SELECT count(*) FROM poker_player",
         ncols=1),
    dict(db="poker_player", kind="list",
         question="names of all people",
         paraphrase="Give me everyone's name from the people table",
         query="SELECT name FROM people",
         ncols=1),
    dict(db="poker_player", kind="filter-text",
         question="people from Russia with their birth dates",
         paraphrase="Who is Russian? I need name and birth date",
         query="SELECT name, birth_date FROM people WHERE nationality = 'Russia'",
         ncols=2),
    dict(db="poker_player", kind="filter-number",
         question="Which people are taller than 195? show name and height",
         paraphrase="name + height for anyone over 195 tall",
         query="SELECT name, height FROM people WHERE height > 195",
         ncols=2),
    dict(db="poker_player", kind="aggregate",
         question="total and average earnings of poker players",
         paraphrase="What are the summed earnings and the mean earnings across all poker players?",
         query="SELECT sum(earnings), avg(earnings) FROM poker_player",
         ncols=2),
    dict(db="poker_player", kind="group",
         question="How many people are there per nationality?",
         paraphrase="people count by nationality",
         query="SELECT nationality, count(*) FROM people GROUP BY nationality",
         ncols=2),
    dict(db="poker_player", kind="superlative",
         question="who's the top earning poker player? name and earnings",
         paraphrase="Name of the poker player with the highest earnings, along with those earnings",
         query="SELECT p.name, pp.earnings FROM poker_player AS pp JOIN people AS p ON pp.people_id = p.people_id "
               "ORDER BY pp.earnings DESC LIMIT 1",
         ncols=2,
         tie=("SELECT pp.earnings FROM poker_player AS pp JOIN people AS p ON pp.people_id = p.people_id "
              "ORDER BY pp.earnings DESC", 1)),
    dict(db="poker_player", kind="join",
         question="Pull up each poker player's name and how many final tables they made",
         paraphrase="player names with final tables made",
         query="SELECT p.name, pp.final_table_made FROM poker_player AS pp JOIN people AS p ON pp.people_id = p.people_id",
         ncols=2),
    dict(db="poker_player", kind="set",
         question="people who aren't poker players",
         paraphrase="Which people don't appear as poker players?",
         query="SELECT name FROM people WHERE people_id NOT IN (SELECT people_id FROM poker_player)",
         ncols=1),
    dict(db="poker_player", kind="ratio",
         question="What % of poker players have a best finish of 1st?",
         paraphrase="percentage of players whose best finish is 1",
         query="SELECT 100.0 * sum(CASE WHEN best_finish = 1 THEN 1 ELSE 0 END) / count(*) FROM poker_player",
         ncols=1),
    dict(db="poker_player", kind="projection",
         question="poker player id, money rank and best finish",
         paraphrase="For every poker player give me the player id, their money rank and best finish",
         query="SELECT poker_player_id, money_rank, best_finish FROM poker_player",
         ncols=3),

    # ------------------------------------------------------------------ singer
    dict(db="singer", kind="count",
         question="how many songs r in the database",
         paraphrase="What's the number of songs?",
         query="SELECT count(*) FROM song",
         ncols=1),
    dict(db="singer", kind="list",
         question="List all song titles",
         paraphrase="every song title",
         query="SELECT title FROM song",
         ncols=1),
    dict(db="singer", kind="filter-text",
         question="singers with US citizenship",
         paraphrase="Which singers are citizens of the United States?",
         query="SELECT name FROM singer WHERE citizenship = 'United States'",
         ncols=1),
    dict(db="singer", kind="filter-number",
         question="Singers born before 1945 - name and birth year",
         paraphrase="I need names and birth years of singers born earlier than 1945",
         query="SELECT name, birth_year FROM singer WHERE birth_year < 1945",
         ncols=2),
    dict(db="singer", kind="aggregate",
         question="what's the average and max net worth of the singers (millions)?",
         paraphrase="mean and highest singer net worth in millions",
         query="SELECT avg(net_worth_millions), max(net_worth_millions) FROM singer",
         ncols=2),
    dict(db="singer", kind="group",
         question="number of singers per citizenship",
         paraphrase="How many singers hold each citizenship?",
         query="SELECT citizenship, count(*) FROM singer GROUP BY citizenship",
         ncols=2),
    dict(db="singer", kind="superlative",
         question="Which song sold the most? title and sales",
         paraphrase="best selling song along with its sales figure",
         query="SELECT title, sales FROM song ORDER BY sales DESC LIMIT 1",
         ncols=2,
         tie=("SELECT sales FROM song ORDER BY sales DESC", 1)),
    dict(db="singer", kind="join",
         question="song titles with the singer's name",
         paraphrase="Show each song's title and the name of the singer who sings it",
         query="SELECT s.title, si.name FROM song AS s JOIN singer AS si ON s.singer_id = si.singer_id",
         ncols=2),
    dict(db="singer", kind="set",
         question="Which singers don't have any songs?",
         paraphrase="singers with no songs",
         query="SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM song)",
         ncols=1),
    dict(db="singer", kind="ratio",
         question="what share of total song sales comes from Liliane Bettencourt, in percent",
         paraphrase="Liliane Bettencourt's sales as a percentage of all song sales",
         query="SELECT 100.0 * sum(CASE WHEN si.name = 'Liliane Bettencourt' THEN s.sales ELSE 0 END) / sum(s.sales) "
               "FROM song AS s JOIN singer AS si ON s.singer_id = si.singer_id",
         ncols=1),
    dict(db="singer", kind="projection",
         question="I want every singer's name, birth year and net worth",
         paraphrase="singer name, year of birth, net worth (millions)",
         query="SELECT name, birth_year, net_worth_millions FROM singer",
         ncols=3),

    # ------------------------------------------------------------------ tvshow
    dict(db="tvshow", kind="count",
         question="How many TV channels are there?",
         paraphrase="number of tv channels",
         query="SELECT count(*) FROM TV_Channel",
         ncols=1),
    dict(db="tvshow", kind="list",
         question="all the cartoon titles",
         paraphrase="List the titles of every cartoon",
         query="SELECT title FROM Cartoon",
         ncols=1),
    dict(db="tvshow", kind="filter-text",
         question="Cartoons directed by Ben Jones - title and who wrote them",
         paraphrase="give me title and writer of the cartoons Ben Jones directed",
         query="SELECT title, written_by FROM Cartoon WHERE directed_by = 'Ben Jones'",
         ncols=2),
    dict(db="tvshow", kind="filter-number",
         question="episodes with over 6 million viewers, episode name and viewers",
         paraphrase="Which TV series episodes had more than 6m viewers? show episode and viewer count",
         query="SELECT episode, viewers_m FROM TV_series WHERE CAST(viewers_m AS REAL) > 6",
         ncols=2),
    dict(db="tvshow", kind="aggregate",
         question="What's the average, min and max share of the TV series episodes?",
         paraphrase="avg / lowest / highest share across episodes",
         query="SELECT avg(share), min(share), max(share) FROM TV_series",
         ncols=3),
    dict(db="tvshow", kind="group",
         question="how many channels does each country have",
         paraphrase="TV channel count by country",
         query="SELECT country, count(*) FROM TV_Channel GROUP BY country",
         ncols=2),
    dict(db="tvshow", kind="superlative",
         question="Which episode had the highest rating? episode + rating",
         paraphrase="top rated TV series episode and its rating",
         query="SELECT episode, rating FROM TV_series ORDER BY CAST(rating AS REAL) DESC LIMIT 1",
         ncols=2,
         tie=("SELECT CAST(rating AS REAL) FROM TV_series ORDER BY CAST(rating AS REAL) DESC", 1)),
    dict(db="tvshow", kind="join",
         question="I need each cartoon title and the series name of the channel it aired on",
         paraphrase="cartoon titles with their channel's series name",
         query="SELECT c.title, t.series_name FROM Cartoon AS c JOIN TV_Channel AS t ON c.channel = t.id",
         ncols=2),
    dict(db="tvshow", kind="set",
         question="channels that don't air any cartoons",
         paraphrase="Which TV channels (series name) have no cartoons at all?",
         query="SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT channel FROM Cartoon)",
         ncols=1),
    dict(db="tvshow", kind="ratio",
         question="What percentage of channels broadcast in Italian?",
         paraphrase="% of tv channels whose language is Italian",
         query="SELECT 100.0 * sum(CASE WHEN language = 'Italian' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel",
         ncols=1),
    dict(db="tvshow", kind="projection",
         question="series name, country and language of every channel",
         paraphrase="Show me each TV channel's series name along with its country and language",
         query="SELECT series_name, country, language FROM TV_Channel",
         ncols=3),

    # ----------------------------------------------------------------- world_1
    dict(db="world_1", kind="count",
         question="how many countries are in Africa?",
         paraphrase="Number of African countries",
         query="SELECT count(*) FROM country WHERE continent = 'Africa'",
         ncols=1),
    dict(db="world_1", kind="list",
         question="List all the continents",
         paraphrase="what continents are there",
         query="SELECT DISTINCT continent FROM country",
         ncols=1),
    dict(db="world_1", kind="filter-text",
         question="countries that are constitutional monarchies, with their region",
         paraphrase="Which countries have the government form Constitutional Monarchy? name and region",
         query="SELECT name, region FROM country WHERE governmentform = 'Constitutional Monarchy'",
         ncols=2),
    dict(db="world_1", kind="filter-number",
         question="Cities with a population above 8 million - name and population",
         paraphrase="which cities have more than 8,000,000 people? show city and population",
         query="SELECT name, population FROM city WHERE population > 8000000",
         ncols=2),
    dict(db="world_1", kind="aggregate",
         question="total population of Asia",
         paraphrase="What is the combined population of all countries in Asia?",
         query="SELECT sum(population) FROM country WHERE continent = 'Asia'",
         ncols=1),
    dict(db="world_1", kind="group",
         question="How many countries on each continent?",
         paraphrase="number of countries per continent",
         query="SELECT continent, count(*) FROM country GROUP BY continent",
         ncols=2),
    dict(db="world_1", kind="superlative",
         question="biggest country by surface area - name and area",
         paraphrase="Which country has the largest surface area, and what is it?",
         query="SELECT name, surfacearea FROM country ORDER BY surfacearea DESC LIMIT 1",
         ncols=2,
         tie=("SELECT surfacearea FROM country ORDER BY surfacearea DESC", 1)),
    dict(db="world_1", kind="join",
         question="I want every country in South America with its capital city",
         paraphrase="South American countries and the names of their capitals",
         query="SELECT co.name, ci.name FROM country AS co JOIN city AS ci ON co.capital = ci.id "
               "WHERE co.continent = 'South America'",
         ncols=2),
    dict(db="world_1", kind="set",
         question="Which countries have both English and French as official languages?",
         paraphrase="countries where English AND French are both official",
         query="SELECT name FROM country WHERE code IN ("
               "SELECT countrycode FROM countrylanguage WHERE language = 'English' AND isofficial = 'T' "
               "INTERSECT SELECT countrycode FROM countrylanguage WHERE language = 'French' AND isofficial = 'T')",
         ncols=1),
    dict(db="world_1", kind="ratio",
         question="what percent of the world's population lives in asia",
         paraphrase="Asia's share of total world population as a percentage",
         query="SELECT 100.0 * sum(CASE WHEN continent = 'Asia' THEN population ELSE 0 END) / sum(population) FROM country",
         ncols=1),
    dict(db="world_1", kind="projection",
         question="Give me each country's name, population and life expectancy",
         paraphrase="country name / population / life expectancy for all countries",
         query="SELECT name, population, lifeexpectancy FROM country",
         ncols=3),
]

UNANSWERABLE = [
    dict(db="battle_death", question="What was the weather like during the Battle of Adrianople?"),
    dict(db="battle_death", question="How many crew members were on board HMS Avon?"),
    dict(db="concert_singer", question="What was the ticket price for the Auditions concert?"),
    dict(db="cre_Doc_Template_Mgt", question="Who is the author of the document 'Understanding DB'?"),
    dict(db="employee_hire_evaluation", question="What is George Chuter's salary?"),
    dict(db="museum_visit", question="which city is Plaza Museum located in"),
    dict(db="orchestra", question="How many musicians play in the London Symphony Orchestra?"),
    dict(db="poker_player", question="What's Aleksey Ostapenko's weight?"),
    dict(db="singer", question="what music genre does Liliane Bettencourt sing"),
    dict(db="tvshow", question="How long in minutes is each cartoon?"),
    dict(db="world_1", question="What's the official currency of Japan?"),
    dict(db="world_1", question="Which countries have the highest unemployment rate?"),
]


def db_path(db):
    return os.path.join(DB_ROOT, db, db + ".sqlite")


def run(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db_path(db), uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        ncols = len(cur.description) if cur.description else 0
    finally:
        con.close()
    return rows, ncols


def check():
    errors = []
    seen = {}
    valid_dbs = set()
    try:
        with open("/work/shared/eval/spider/tables.json") as f:
            valid_dbs = {t["db_id"] for t in json.load(f)}
    except OSError as e:
        errors.append("cannot read tables.json: %s" % e)

    for i, it in enumerate(ITEMS):
        tag = "#%d %s/%s" % (i, it["db"], it["kind"])
        if valid_dbs and it["db"] not in valid_dbs:
            errors.append("%s: db not in tables.json" % tag)
        if it["kind"] not in KINDS:
            errors.append("%s: unknown kind" % tag)
        seen.setdefault(it["db"], []).append(it["kind"])
        for k in ("question", "paraphrase", "query"):
            if not it.get(k, "").strip():
                errors.append("%s: empty %s" % (tag, k))
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            errors.append("%s: paraphrase equals question" % tag)
        try:
            rows, ncols = run(it["db"], it["query"])
        except sqlite3.Error as e:
            errors.append("%s: SQL error %s" % (tag, e))
            continue
        if not rows:
            errors.append("%s: empty result" % tag)
            continue
        if all(v is None for r in rows for v in r):
            errors.append("%s: all NULL result" % tag)
        if ncols != it["ncols"]:
            errors.append("%s: ncols %d != declared %d" % (tag, ncols, it["ncols"]))
        q = it["query"].rstrip().rstrip(";").upper().split()
        has_limit = len(q) >= 2 and q[-2] == "LIMIT"
        if has_limit:
            if "tie" not in it:
                errors.append("%s: LIMIT without tie check" % tag)
            else:
                tsql, n = it["tie"]
                if int(q[-1]) != n:
                    errors.append("%s: tie N %d != LIMIT %s" % (tag, n, q[-1]))
                try:
                    trows, _ = run(it["db"], tsql)
                except sqlite3.Error as e:
                    errors.append("%s: tie SQL error %s" % (tag, e))
                    continue
                if len(trows) > n and trows[n - 1] == trows[n]:
                    errors.append("%s: tie at row %d: %r" % (tag, n, trows[n - 1]))
        elif "tie" in it:
            errors.append("%s: tie given but no LIMIT" % tag)

    for db, kinds in seen.items():
        if sorted(kinds) != sorted(KINDS):
            errors.append("%s: kinds %s" % (db, sorted(kinds)))
    if len(seen) != 10:
        errors.append("expected 10 databases, got %d" % len(seen))

    for j, u in enumerate(UNANSWERABLE):
        if u["db"] not in seen:
            errors.append("unanswerable #%d: db %s not in set" % (j, u["db"]))
    if len(UNANSWERABLE) != 12:
        errors.append("expected 12 unanswerable, got %d" % len(UNANSWERABLE))
    if {u["db"] for u in UNANSWERABLE} != set(seen):
        errors.append("unanswerable questions do not cover all databases")
    return errors


def main():
    errors = check()
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d problem(s); nothing written" % len(errors))
        sys.exit(1)
    items = [{"question": it["question"], "db_id": it["db"], "query": it["query"],
              "paraphrase": it["paraphrase"], "kind": it["kind"]} for it in ITEMS]
    unans = [{"question": u["question"], "db_id": u["db"], "query": ""} for u in UNANSWERABLE]
    with open(os.path.join(OUT_DIR, "spider_v18_A.json"), "w") as f:
        json.dump(items, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT_DIR, "spider_v18_A_unanswerable.json"), "w") as f:
        json.dump(unans, f, indent=1, ensure_ascii=False)
    multi = sum(1 for it in ITEMS if it["ncols"] >= 2)
    print("OK: %d items (%d ask for 2+ columns), %d unanswerable" % (len(items), multi, len(unans)))


if __name__ == "__main__":
    main()
