#!/usr/bin/env python3
"""Blind Spider evaluation set v7_A: 100 answerable + 12 unanswerable questions.

Runs every gold query against its SQLite database, checks non-empty results,
checks tie-freedom of superlatives and a few stated values, then writes
spider_v7_A.json and spider_v7_A_unanswerable.json beside this script.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"}

# Each item: db_id, kind, question, paraphrase, query,
# optional "tie": SQL returning the number of rows sharing the top value (must be 1),
# optional "expect": exact expected result (list of tuples, order-insensitive unless "ordered").
ITEMS = [
    # ------------------------------------------------------------------ battle_death
    dict(db_id="battle_death", kind="count",
         question="how many battles ended in a Bulgarian win?",
         paraphrase="Count of engagements the Bulgarians came out of victorious",
         query="SELECT count(*) FROM battle WHERE result = 'Bulgarian victory'",
         expect=[(6,)]),
    dict(db_id="battle_death", kind="filter-text",
         question="Which battles had Kaloyan leading the Bulgarian side?",
         paraphrase="show me the fights where the Bulgarians were commanded by Kaloyan",
         query="SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    dict(db_id="battle_death", kind="aggregate",
         question="Total number of people killed across all the casualty records?",
         paraphrase="If you add up every fatality we have logged, what do you get",
         query="SELECT sum(killed) FROM death"),
    dict(db_id="battle_death", kind="join",
         question="In which battles did a ship end up captured?",
         paraphrase="list the battles where one of the lost vessels was taken by the enemy",
         query="SELECT DISTINCT b.name FROM battle AS b JOIN ship AS s ON s.lost_in_battle = b.id "
               "WHERE s.disposition_of_ship = 'Captured'"),
    dict(db_id="battle_death", kind="group",
         question="For the ships that show up in the casualty records, how many people did each one kill? Give ship name and the total killed",
         paraphrase="ship name + sum of fatalities caused, one row per vessel that has casualty entries",
         query="SELECT s.name, sum(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
               "GROUP BY s.id, s.name"),
    dict(db_id="battle_death", kind="superlative",
         question="Which vessel caused the highest death toll overall, and what was that toll?",
         paraphrase="Name the deadliest ship and how many people it killed in total",
         query="SELECT s.name, sum(d.killed) AS total FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
               "GROUP BY s.id, s.name ORDER BY total DESC LIMIT 1",
         tie="SELECT count(*) FROM (SELECT caused_by_ship_id, sum(killed) AS t FROM death GROUP BY caused_by_ship_id) "
             "WHERE t = (SELECT max(t) FROM (SELECT sum(killed) AS t FROM death GROUP BY caused_by_ship_id))"),
    dict(db_id="battle_death", kind="set",
         question="battles where we didn't lose any ships?",
         paraphrase="Which engagements have no lost vessel recorded against them at all",
         query="SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)"),
    dict(db_id="battle_death", kind="ratio",
         question="What percentage of the battles were Bulgarian victories?",
         paraphrase="Out of all battles on record, what share did Bulgaria win (as a %)",
         query="SELECT 100.0 * sum(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / count(*) FROM battle",
         expect=[(75.0,)]),
    dict(db_id="battle_death", kind="projection",
         question="Give me each battle's name, when it happened, and who commanded the Latin forces",
         paraphrase="list battles with date and Latin commander",
         query="SELECT name, date, latin_commander FROM battle"),
    dict(db_id="battle_death", kind="filter-number",
         question="Where did incidents with more than 10 people killed take place?",
         paraphrase="locations of the casualty events where the death count went above ten",
         query="SELECT note FROM death WHERE killed > 10"),

    # ------------------------------------------------------------------ concert_singer
    dict(db_id="concert_singer", kind="count",
         question="How many concerts were held in 2015?",
         paraphrase="number of shows that took place during the 2015 season",
         query="SELECT count(*) FROM concert WHERE Year = '2015'",
         expect=[(3,)]),
    dict(db_id="concert_singer", kind="list",
         question="what themes have our concerts had?",
         paraphrase="Give me the distinct list of concert themes",
         query="SELECT DISTINCT Theme FROM concert"),
    dict(db_id="concert_singer", kind="filter-text",
         question="Which singers are French?",
         paraphrase="names of the performers who come from France",
         query="SELECT Name FROM singer WHERE Country = 'France'"),
    dict(db_id="concert_singer", kind="filter-number",
         question="stadiums that hold more than 5k people",
         paraphrase="Which venues have a capacity above 5,000?",
         query="SELECT Name FROM stadium WHERE Capacity > 5000"),
    dict(db_id="concert_singer", kind="aggregate",
         question="For the singers from France, what's the average age, and the youngest and oldest ages?",
         paraphrase="mean, min and max age among French singers",
         query="SELECT avg(Age), min(Age), max(Age) FROM singer WHERE Country = 'France'"),
    dict(db_id="concert_singer", kind="group",
         question="How many concerts has each stadium hosted? stadium name and count pls",
         paraphrase="Per venue, give the venue name and the number of concerts staged there",
         query="SELECT s.Name, count(*) FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID "
               "GROUP BY s.Stadium_ID, s.Name"),
    dict(db_id="concert_singer", kind="superlative",
         question="Which stadium has hosted the most concerts?",
         paraphrase="the venue that staged the largest number of shows",
         query="SELECT s.Name FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID "
               "GROUP BY s.Stadium_ID, s.Name ORDER BY count(*) DESC LIMIT 1",
         tie="SELECT count(*) FROM (SELECT Stadium_ID, count(*) AS n FROM concert GROUP BY Stadium_ID) "
             "WHERE n = (SELECT max(n) FROM (SELECT count(*) AS n FROM concert GROUP BY Stadium_ID))"),
    dict(db_id="concert_singer", kind="join",
         question="who sang at any of the 2014 concerts?",
         paraphrase="Names of performers who appeared in a concert held in 2014",
         query="SELECT DISTINCT s.Name FROM singer AS s JOIN singer_in_concert AS sc ON sc.Singer_ID = s.Singer_ID "
               "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Year = '2014'"),
    dict(db_id="concert_singer", kind="set",
         question="Are there singers who have never performed at a concert? Who?",
         paraphrase="list the singers with zero concert appearances",
         query="SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM singer_in_concert)"),
    dict(db_id="concert_singer", kind="ratio",
         question="what % of our singers are men?",
         paraphrase="Share of male performers among all singers, as a percentage",
         query="SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer"),

    # ------------------------------------------------------------------ cre_Doc_Template_Mgt
    dict(db_id="cre_Doc_Template_Mgt", kind="count",
         question="How many presentation templates do we have?",
         paraphrase="number of templates whose type is Presentation",
         query="SELECT count(*) FROM Templates AS t JOIN Ref_Template_Types AS r "
               "ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'",
         expect=[(3,)]),
    dict(db_id="cre_Doc_Template_Mgt", kind="list",
         question="what kinds of templates exist? just the descriptions",
         paraphrase="List every template type description we have on file",
         query="SELECT Template_Type_Description FROM Ref_Template_Types"),
    dict(db_id="cre_Doc_Template_Mgt", kind="filter-number",
         question="Which templates are on a version higher than 6? Template ids please",
         paraphrase="ids of templates whose version number is above six",
         query="SELECT Template_ID FROM Templates WHERE Version_Number > 6"),
    dict(db_id="cre_Doc_Template_Mgt", kind="group",
         question="Break down the templates by type code — how many of each?",
         paraphrase="per template type code, the count of templates",
         query="SELECT Template_Type_Code, count(*) FROM Templates GROUP BY Template_Type_Code"),
    dict(db_id="cre_Doc_Template_Mgt", kind="superlative",
         question="Which document has the most paragraphs?",
         paraphrase="name of the doc with the greatest number of paragraphs in it",
         query="SELECT d.Document_Name FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID "
               "GROUP BY d.Document_ID, d.Document_Name ORDER BY count(*) DESC LIMIT 1",
         tie="SELECT count(*) FROM (SELECT Document_ID, count(*) AS n FROM Paragraphs GROUP BY Document_ID) "
             "WHERE n = (SELECT max(n) FROM (SELECT count(*) AS n FROM Paragraphs GROUP BY Document_ID))"),
    dict(db_id="cre_Doc_Template_Mgt", kind="join",
         question="Which documents are built on a book template?",
         paraphrase="names of documents whose template is of the Book type",
         query="SELECT d.Document_Name FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID "
               "JOIN Ref_Template_Types AS r ON r.Template_Type_Code = t.Template_Type_Code "
               "WHERE r.Template_Type_Description = 'Book'"),
    dict(db_id="cre_Doc_Template_Mgt", kind="set",
         question="Are any templates not being used by a document? list their ids",
         paraphrase="template ids that no document refers to",
         query="SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
    dict(db_id="cre_Doc_Template_Mgt", kind="ratio",
         question="What percentage of documents have at least one paragraph?",
         paraphrase="share of docs, in percent, that contain any paragraphs at all",
         query="SELECT 100.0 * (SELECT count(DISTINCT Document_ID) FROM Paragraphs) / (SELECT count(*) FROM Documents)"),
    dict(db_id="cre_Doc_Template_Mgt", kind="projection",
         question="show each template id together with its version number and type code",
         paraphrase="For all templates: id, version, and the code of its type",
         query="SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates"),
    dict(db_id="cre_Doc_Template_Mgt", kind="filter-text",
         question="Any documents with CV in the title?",
         paraphrase="Find documents whose name mentions 'CV'",
         query="SELECT Document_Name FROM Documents WHERE Document_Name LIKE '%CV%'"),

    # ------------------------------------------------------------------ employee_hire_evaluation
    dict(db_id="employee_hire_evaluation", kind="count",
         question="how many of our staff are based in Bath",
         paraphrase="What's the number of employees whose city is Bath?",
         query="SELECT count(*) FROM employee WHERE City = 'Bath'",
         expect=[(3,)]),
    dict(db_id="employee_hire_evaluation", kind="filter-number",
         question="Which employees are over 30?",
         paraphrase="names of staff older than thirty",
         query="SELECT Name FROM employee WHERE Age > 30"),
    dict(db_id="employee_hire_evaluation", kind="aggregate",
         question="How much have we paid out in bonuses altogether?",
         paraphrase="sum of all bonus awards ever given",
         query="SELECT sum(Bonus) FROM evaluation"),
    dict(db_id="employee_hire_evaluation", kind="group",
         question="headcount by city — city and number of employees",
         paraphrase="For each city, how many employees live there?",
         query="SELECT City, count(*) FROM employee GROUP BY City"),
    dict(db_id="employee_hire_evaluation", kind="superlative",
         question="Who received the largest single bonus?",
         paraphrase="name of the employee that got the biggest one-off bonus award",
         query="SELECT e.Name FROM employee AS e JOIN evaluation AS v ON v.Employee_ID = e.Employee_ID "
               "ORDER BY v.Bonus DESC LIMIT 1",
         tie="SELECT count(*) FROM evaluation WHERE Bonus = (SELECT max(Bonus) FROM evaluation)"),
    dict(db_id="employee_hire_evaluation", kind="join",
         question="Who did FC Haka hire, and what year did each of them start?",
         paraphrase="employees taken on by the FC Haka shop, with their start year",
         query="SELECT e.Name, h.Start_from FROM employee AS e JOIN hiring AS h ON h.Employee_ID = e.Employee_ID "
               "JOIN shop AS s ON s.Shop_ID = h.Shop_ID WHERE s.Name = 'FC Haka'"),
    dict(db_id="employee_hire_evaluation", kind="set",
         question="which employees have never got a bonus?",
         paraphrase="Names of staff with no evaluation award on record",
         query="SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)"),
    dict(db_id="employee_hire_evaluation", kind="ratio",
         question="What share of our hires are full time? as a percent",
         paraphrase="percentage of hiring records that are full-time positions",
         query="SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring"),
    dict(db_id="employee_hire_evaluation", kind="projection",
         question="For shops carrying more than 10k products, give me the shop name, its manager and the product count",
         paraphrase="Shop, manager name and number of products for stores stocking over 10,000 items",
         query="SELECT Name, Manager_name, Number_products FROM shop WHERE Number_products > 10000"),
    dict(db_id="employee_hire_evaluation", kind="list",
         question="What cities do our employees come from?",
         paraphrase="list the distinct home cities of staff",
         query="SELECT DISTINCT City FROM employee"),

    # ------------------------------------------------------------------ museum_visit
    dict(db_id="museum_visit", kind="list",
         question="What museums do we have on file?",
         paraphrase="Give me the names of all the museums",
         query="SELECT Name FROM museum"),
    dict(db_id="museum_visit", kind="filter-number",
         question="visitors under 30?",
         paraphrase="Which visitors are younger than thirty years old",
         query="SELECT Name FROM visitor WHERE Age < 30"),
    dict(db_id="museum_visit", kind="aggregate",
         question="What is the average number of staff per museum?",
         paraphrase="on average how many employees does a museum have",
         query="SELECT avg(Num_of_Staff) FROM museum"),
    dict(db_id="museum_visit", kind="group",
         question="total tickets sold at each museum that has had visitors (name + tickets)",
         paraphrase="For every museum that's had visits, show the museum and how many tickets were bought in all",
         query="SELECT m.Name, sum(v.Num_of_Ticket) FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID "
               "GROUP BY m.Museum_ID, m.Name"),
    dict(db_id="museum_visit", kind="superlative",
         question="Which visitor has spent the most money overall, and how much?",
         paraphrase="top spender across all museum visits: their name and total spend",
         query="SELECT vi.Name, sum(v.Total_spent) AS total FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID "
               "GROUP BY vi.ID, vi.Name ORDER BY total DESC LIMIT 1",
         tie="SELECT count(*) FROM (SELECT visitor_ID, sum(Total_spent) AS t FROM visit GROUP BY visitor_ID) "
             "WHERE t = (SELECT max(t) FROM (SELECT sum(Total_spent) AS t FROM visit GROUP BY visitor_ID))"),
    dict(db_id="museum_visit", kind="join",
         question="who has visited the ZirMed Gateway Museum",
         paraphrase="Names of visitors that went to ZirMed Gateway Museum",
         query="SELECT vi.Name FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID "
               "JOIN museum AS m ON m.Museum_ID = v.Museum_ID WHERE m.Name = 'ZirMed Gateway Museum'"),
    dict(db_id="museum_visit", kind="set",
         question="Which museums havent had a single visit?",
         paraphrase="list museums with no visits recorded",
         query="SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
    dict(db_id="museum_visit", kind="ratio",
         question="On average, how much was spent per ticket across all visits? (total spend divided by total tickets)",
         paraphrase="overall spend per ticket = all money spent / all tickets bought",
         query="SELECT sum(Total_spent) / sum(Num_of_Ticket) FROM visit"),
    dict(db_id="museum_visit", kind="projection",
         question="List visitors with their age and membership level, oldest first",
         paraphrase="Every visitor's name, age and member tier, sorted from oldest to youngest",
         query="SELECT Name, Age, Level_of_membership FROM visitor ORDER BY Age DESC"),
    dict(db_id="museum_visit", kind="filter-text",
         question="museums with Plaza in the name",
         paraphrase="Which museum names contain the word 'Plaza'?",
         query="SELECT Name FROM museum WHERE Name LIKE '%Plaza%'"),

    # ------------------------------------------------------------------ orchestra
    dict(db_id="orchestra", kind="count",
         question="How many of the conductors are American?",
         paraphrase="number of conductors with USA nationality",
         query="SELECT count(*) FROM conductor WHERE Nationality = 'USA'",
         expect=[(6,)]),
    dict(db_id="orchestra", kind="list",
         question="which record lables do the orchestras work with",
         paraphrase="Distinct list of the record companies our orchestras are signed to",
         query="SELECT DISTINCT Record_Company FROM orchestra"),
    dict(db_id="orchestra", kind="filter-text",
         question="Which orchestras mainly release on DVD?",
         paraphrase="orchestras whose main recording format is DVD",
         query="SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'DVD'"),
    dict(db_id="orchestra", kind="filter-number",
         question="conductors who've been working more than 15 yrs",
         paraphrase="Which conductors have over fifteen years of work behind them?",
         query="SELECT Name FROM conductor WHERE Year_of_Work > 15"),
    dict(db_id="orchestra", kind="aggregate",
         question="What's the average age of the British conductors?",
         paraphrase="mean age of conductors from the UK",
         query="SELECT avg(Age) FROM conductor WHERE Nationality = 'UK'",
         expect=[(49.0,)]),
    dict(db_id="orchestra", kind="group",
         question="How many orchestras were founded in each year? year and count",
         paraphrase="count of orchestras per founding year",
         query="SELECT Year_of_Founded, count(*) FROM orchestra GROUP BY Year_of_Founded"),
    dict(db_id="orchestra", kind="superlative",
         question="Which conductor has the longest working career?",
         paraphrase="name the conductor with the most years of work",
         query="SELECT Name FROM conductor ORDER BY Year_of_Work DESC LIMIT 1",
         tie="SELECT count(*) FROM conductor WHERE Year_of_Work = (SELECT max(Year_of_Work) FROM conductor)"),
    dict(db_id="orchestra", kind="join",
         question="who conducts the Chicago Symphony?",
         paraphrase="Name of the conductor in charge of the Chicago Symphony Orchestra",
         query="SELECT c.Name FROM conductor AS c JOIN orchestra AS o ON o.Conductor_ID = c.Conductor_ID "
               "WHERE o.Orchestra = 'Chicago Symphony Orchestra'"),
    dict(db_id="orchestra", kind="set",
         question="Which orchestras have no performances recorded?",
         paraphrase="orchestras that never appear in the performance records",
         query="SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
    dict(db_id="orchestra", kind="projection",
         question="For each performance show the orchestra, the type of performance and its official rating in millions",
         paraphrase="orchestra name, performance type and official ratings (millions) for all performances",
         query='SELECT o.Orchestra, p.Type, p."Official_ratings_(millions)" FROM performance AS p '
               "JOIN orchestra AS o ON o.Orchestra_ID = p.Orchestra_ID"),

    # ------------------------------------------------------------------ poker_player
    dict(db_id="poker_player", kind="count",
         question="how many Russians are in the people list?",
         paraphrase="Count the people whose nationality is Russia",
         query="SELECT count(*) FROM people WHERE Nationality = 'Russia'",
         expect=[(6,)]),
    dict(db_id="poker_player", kind="list",
         question="Give me the names of all the poker players",
         paraphrase="who are our poker players? names only",
         query="SELECT pe.Name FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID"),
    dict(db_id="poker_player", kind="filter-number",
         question="Which players have won more than 200k?",
         paraphrase="names of poker players whose earnings exceed 200,000",
         query="SELECT pe.Name FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID "
               "WHERE pp.Earnings > 200000"),
    dict(db_id="poker_player", kind="aggregate",
         question="avg earnings per poker player?",
         paraphrase="What do poker players earn on average",
         query="SELECT avg(Earnings) FROM poker_player"),
    dict(db_id="poker_player", kind="group",
         question="How many people do we have from each country?",
         paraphrase="nationality and the number of people with it",
         query="SELECT Nationality, count(*) FROM people GROUP BY Nationality"),
    dict(db_id="poker_player", kind="superlative",
         question="Who is the tallest poker player?",
         paraphrase="name of the poker player with the greatest height",
         query="SELECT pe.Name FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID "
               "ORDER BY pe.Height DESC LIMIT 1",
         tie="SELECT count(*) FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID "
             "WHERE pe.Height = (SELECT max(pe2.Height) FROM poker_player AS pp2 JOIN people AS pe2 "
             "ON pe2.People_ID = pp2.People_ID)"),
    dict(db_id="poker_player", kind="join",
         question="which players have a best finish of 1st place",
         paraphrase="Names of poker players whose best finishing position was first",
         query="SELECT pe.Name FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID "
               "WHERE pp.Best_Finish = 1"),
    dict(db_id="poker_player", kind="set",
         question="Who among the people isn't a poker player?",
         paraphrase="names of people with no poker player record",
         query="SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    dict(db_id="poker_player", kind="ratio",
         question="What percentage of total poker earnings went to Russian players?",
         paraphrase="Russian players' share of all player earnings, in percent",
         query="SELECT 100.0 * sum(CASE WHEN pe.Nationality = 'Russia' THEN pp.Earnings ELSE 0 END) / sum(pp.Earnings) "
               "FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID"),
    dict(db_id="poker_player", kind="projection",
         question="name, birthday and height of each poker player, highest earner first",
         paraphrase="List poker players sorted by earnings (descending) showing their name, date of birth and height",
         query="SELECT pe.Name, pe.Birth_Date, pe.Height FROM poker_player AS pp JOIN people AS pe "
               "ON pe.People_ID = pp.People_ID ORDER BY pp.Earnings DESC"),

    # ------------------------------------------------------------------ singer
    dict(db_id="singer", kind="count",
         question="How many singers hold US citizenship?",
         paraphrase="number of singers who are citizens of the United States",
         query="SELECT count(*) FROM singer WHERE Citizenship = 'United States'",
         expect=[(4,)]),
    dict(db_id="singer", kind="list",
         question="list every song title",
         paraphrase="What are the titles of all the songs?",
         query="SELECT Title FROM song"),
    dict(db_id="singer", kind="filter-text",
         question="Which singers are German or Chilean?",
         paraphrase="names of singers with citizenship in Germany or Chile",
         query="SELECT Name FROM singer WHERE Citizenship IN ('Germany', 'Chile')"),
    dict(db_id="singer", kind="filter-number",
         question="singers born before 1945",
         paraphrase="Who among the singers was born earlier than 1945?",
         query="SELECT Name FROM singer WHERE Birth_Year < 1945"),
    dict(db_id="singer", kind="aggregate",
         question="What are total sales across all songs?",
         paraphrase="add up the sales of every song",
         query="SELECT sum(Sales) FROM song"),
    dict(db_id="singer", kind="group",
         question="number of singers per citizenship",
         paraphrase="For each country of citizenship, how many singers are there?",
         query="SELECT Citizenship, count(*) FROM singer GROUP BY Citizenship"),
    dict(db_id="singer", kind="superlative",
         question="Who's the richest singer and what are they worth (in millions)?",
         paraphrase="singer with the highest net worth, plus that net worth in millions",
         query="SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1",
         tie="SELECT count(*) FROM singer WHERE Net_Worth_Millions = (SELECT max(Net_Worth_Millions) FROM singer)"),
    dict(db_id="singer", kind="join",
         question="Which singers have a song that sold over 300k copies?",
         paraphrase="names of singers with at least one song whose sales exceed 300,000",
         query="SELECT DISTINCT si.Name FROM singer AS si JOIN song AS so ON so.Singer_ID = si.Singer_ID "
               "WHERE so.Sales > 300000"),
    dict(db_id="singer", kind="ratio",
         question="what fraction of all song sales came from Liliane Bettencourt's songs, as a percent",
         paraphrase="Percentage of total song sales attributable to Liliane Bettencourt",
         query="SELECT 100.0 * sum(CASE WHEN si.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / sum(so.Sales) "
               "FROM song AS so JOIN singer AS si ON si.Singer_ID = so.Singer_ID"),
    dict(db_id="singer", kind="projection",
         question="For songs that reached number one, give the title, the singer and the sales",
         paraphrase="Song title, singer name and sales for every song whose peak chart position was 1",
         query="SELECT so.Title, si.Name, so.Sales FROM song AS so JOIN singer AS si ON si.Singer_ID = so.Singer_ID "
               "WHERE so.Highest_Position = 1"),

    # ------------------------------------------------------------------ tvshow
    dict(db_id="tvshow", kind="count",
         question="How many channels broadcast in Italian?",
         paraphrase="number of TV channels whose language is Italian",
         query="SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'",
         expect=[(12,)]),
    dict(db_id="tvshow", kind="list",
         question="who are the cartoon directors?",
         paraphrase="List the distinct people who directed cartoons",
         query="SELECT DISTINCT Directed_by FROM Cartoon"),
    dict(db_id="tvshow", kind="filter-text",
         question="Which cartoons did Todd Casey write?",
         paraphrase="titles of cartoons written by Todd Casey",
         query="SELECT Title FROM Cartoon WHERE Written_by = 'Todd Casey'"),
    dict(db_id="tvshow", kind="aggregate",
         question="what's the average audience share of the TV series episodes",
         paraphrase="Mean share across all episodes of the series",
         query="SELECT avg(Share) FROM TV_series"),
    dict(db_id="tvshow", kind="group",
         question="How many cartoons has each director done? director and count",
         paraphrase="count of cartoons per director",
         query="SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by"),
    dict(db_id="tvshow", kind="superlative",
         question="Which episode drew the biggest audience, and how many viewers (millions) did it get?",
         paraphrase="the most-watched episode and its viewer count in millions",
         query="SELECT Episode, Viewers_m FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1",
         tie="SELECT count(*) FROM TV_series WHERE CAST(Viewers_m AS REAL) = "
             "(SELECT max(CAST(Viewers_m AS REAL)) FROM TV_series)"),
    dict(db_id="tvshow", kind="join",
         question="What countries are the channels that air Ben Jones's cartoons from?",
         paraphrase="countries of the channels showing cartoons directed by Ben Jones",
         query="SELECT DISTINCT ch.Country FROM TV_Channel AS ch JOIN Cartoon AS c ON c.Channel = ch.id "
               "WHERE c.Directed_by = 'Ben Jones'"),
    dict(db_id="tvshow", kind="set",
         question="Which channels don't show any cartoons?",
         paraphrase="series names of channels with no cartoons airing on them",
         query="SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon)"),
    dict(db_id="tvshow", kind="ratio",
         question="What percent of channels are in HD?",
         paraphrase="share of channels offering high definition, as a percentage",
         query="SELECT 100.0 * sum(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel"),
    dict(db_id="tvshow", kind="projection",
         question="episodes that ranked better than 60th for the week - give episode, air date and rating",
         paraphrase="For episodes with a weekly rank under 60, list the episode name, when it aired, and its rating",
         query="SELECT Episode, Air_Date, Rating FROM TV_series WHERE Weekly_Rank < 60"),

    # ------------------------------------------------------------------ world_1
    dict(db_id="world_1", kind="count",
         question="How many countries are there in Africa?",
         paraphrase="number of African countries",
         query="SELECT count(*) FROM country WHERE Continent = 'Africa'"),
    dict(db_id="world_1", kind="filter-text",
         question="Which European countries are constitutional monarchies?",
         paraphrase="countries in Europe whose form of government is a constitutional monarchy",
         query="SELECT Name FROM country WHERE Continent = 'Europe' AND GovernmentForm = 'Constitutional Monarchy'"),
    dict(db_id="world_1", kind="filter-number",
         question="countries where people live past 80 on average",
         paraphrase="Which countries have a life expectancy above 80?",
         query="SELECT Name FROM country WHERE LifeExpectancy > 80"),
    dict(db_id="world_1", kind="aggregate",
         question="What's the combined population of South America?",
         paraphrase="total number of people living in South American countries",
         query="SELECT sum(Population) FROM country WHERE Continent = 'South America'"),
    dict(db_id="world_1", kind="group",
         question="how many countires per continent",
         paraphrase="For each continent give the continent and its number of countries",
         query="SELECT Continent, count(*) FROM country GROUP BY Continent"),
    dict(db_id="world_1", kind="superlative",
         question="What's the largest city in Japan by population?",
         paraphrase="Japan's most populous city",
         query="SELECT ci.Name FROM city AS ci JOIN country AS co ON co.Code = ci.CountryCode "
               "WHERE co.Name = 'Japan' ORDER BY ci.Population DESC LIMIT 1",
         tie="SELECT count(*) FROM city WHERE CountryCode = 'JPN' AND Population = "
             "(SELECT max(Population) FROM city WHERE CountryCode = 'JPN')"),
    dict(db_id="world_1", kind="join",
         question="Dutch cities with more than half a million people — name and population",
         paraphrase="Which cities in the Netherlands have a population over 500,000? Show city and population",
         query="SELECT ci.Name, ci.Population FROM city AS ci JOIN country AS co ON co.Code = ci.CountryCode "
               "WHERE co.Name = 'Netherlands' AND ci.Population > 500000"),
    dict(db_id="world_1", kind="set",
         question="Which languages are spoken in both France and Germany?",
         paraphrase="languages found in France as well as in Germany",
         query="SELECT cl.Language FROM countrylanguage AS cl JOIN country AS co ON co.Code = cl.CountryCode "
               "WHERE co.Name = 'France' INTERSECT "
               "SELECT cl.Language FROM countrylanguage AS cl JOIN country AS co ON co.Code = cl.CountryCode "
               "WHERE co.Name = 'Germany'"),
    dict(db_id="world_1", kind="ratio",
         question="what share of the world's population lives in Asia (percent)?",
         paraphrase="Asia's population as a percentage of the total population of all countries",
         query="SELECT 100.0 * sum(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / sum(Population) FROM country"),
    dict(db_id="world_1", kind="projection",
         question="For Oceania countries that became independent after 1970, show name, head of state and independence year",
         paraphrase="Name, head of state and year of independence of countries in Oceania independent since after 1970",
         query="SELECT Name, HeadOfState, IndepYear FROM country WHERE Continent = 'Oceania' AND IndepYear > 1970"),
]

UNANSWERABLE = [
    dict(db_id="battle_death", question="How many soldiers did each side bring to the Battle of Adrianople?",
         why="battle only stores name, date, commanders and result; no army size or troop counts"),
    dict(db_id="concert_singer", question="What did tickets cost for the 2014 concerts?",
         why="concert has name, theme, stadium and year; no ticket price anywhere"),
    dict(db_id="cre_Doc_Template_Mgt", question="who wrote each document?",
         why="Documents has name, description, template and other details; no author column"),
    dict(db_id="employee_hire_evaluation", question="What is Lee Mears's annual salary?",
         why="only bonuses (evaluation.Bonus) are stored; no salary column"),
    dict(db_id="museum_visit", question="Which museum has the largest exhibition floor space?",
         why="museum stores name, staff count and opening year only; no area/size column"),
    dict(db_id="orchestra", question="How many musicians play in the London Symphony Orchestra?",
         why="orchestra has conductor, label, founding year and format; no member/musician count"),
    dict(db_id="poker_player", question="which casino does each player usually play at",
         why="no venue/casino information in poker_player or people"),
    dict(db_id="singer", question="What record label is Christy Walton signed to?",
         why="singer has birth year, net worth and citizenship; song has title, sales and chart position; no label"),
    dict(db_id="tvshow", question="How many subscribers does Sky Music have?",
         why="TV_Channel has country, language, content, aspect ratio, HD, PPV and package; no subscriber numbers"),
    dict(db_id="world_1", question="What's the unemployment rate in Spain?",
         why="country has population, GNP, life expectancy etc. but no unemployment figure"),
    dict(db_id="world_1", question="Which countries use the euro?",
         why="no currency column in country, city or countrylanguage"),
    dict(db_id="employee_hire_evaluation", question="Give me the email address for every shop manager",
         why="shop only has the manager's name; no contact/email data anywhere"),
]


def main():
    errors = []
    conns = {}

    def conn(db):
        if db not in conns:
            path = os.path.join(DB_ROOT, db, db + ".sqlite")
            conns[db] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        return conns[db]

    seen_q = set()
    for i, it in enumerate(ITEMS):
        tag = "%d %s/%s" % (i, it["db_id"], it["kind"])
        if it["kind"] not in KINDS:
            errors.append(tag + ": bad kind")
        if it["question"].strip().lower() == it["paraphrase"].strip().lower():
            errors.append(tag + ": paraphrase identical")
        if it["question"] in seen_q:
            errors.append(tag + ": duplicate question")
        seen_q.add(it["question"])
        try:
            rows = conn(it["db_id"]).execute(it["query"]).fetchall()
        except sqlite3.Error as e:
            errors.append("%s: SQL error %s" % (tag, e))
            continue
        if not rows or all(all(v is None for v in r) for r in rows):
            errors.append(tag + ": empty result")
        if "expect" in it and sorted(map(tuple, rows)) != sorted(it["expect"]):
            errors.append("%s: expected %r got %r" % (tag, it["expect"], rows))
        if "tie" in it:
            n = conn(it["db_id"]).execute(it["tie"]).fetchone()[0]
            if n != 1:
                errors.append("%s: tie at top (%d rows)" % (tag, n))
        if it["kind"] == "superlative" and "tie" not in it:
            errors.append(tag + ": superlative without tie check")
    for u in UNANSWERABLE:
        if not u["why"]:
            errors.append("unanswerable without why: " + u["question"])

    per_db = Counter(it["db_id"] for it in ITEMS)
    for db, n in per_db.items():
        if n != 10:
            errors.append("%s has %d items" % (db, n))
    if len(ITEMS) != 100 or len(UNANSWERABLE) != 12:
        errors.append("counts: %d items, %d unanswerable" % (len(ITEMS), len(UNANSWERABLE)))

    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    out = [dict(db_id=it["db_id"], kind=it["kind"], question=it["question"],
                paraphrase=it["paraphrase"], query=it["query"]) for it in ITEMS]
    unans = [dict(db_id=u["db_id"], question=u["question"], why=u["why"], query="") for u in UNANSWERABLE]
    with open(os.path.join(HERE, "spider_v7_A.json"), "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v7_A_unanswerable.json"), "w") as f:
        json.dump(unans, f, indent=2, ensure_ascii=False)
    print("OK: %d items, %d unanswerable" % (len(out), len(unans)))
    print("per db:", dict(sorted(per_db.items())))
    print("per kind:", dict(sorted(Counter(it["kind"] for it in ITEMS).items())))


if __name__ == "__main__":
    main()
