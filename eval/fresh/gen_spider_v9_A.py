#!/usr/bin/env python3
"""Generate the spider_v9_A held-out evaluation set.

Items are kept as data below. Every gold query is executed against its
SQLite database and checked; the two JSON files are written beside this
script only when every check passes (otherwise failures are printed and the
script exits 1).

Extra per-item check fields (not written to the output):
  cols : expected number of result columns
  tie  : (N, sql) for top-N / bottom-N questions; sql returns the ordering
         value for every candidate in the same order as the gold query, and
         the values at positions N and N+1 must differ.
"""
import json
import os
import sqlite3
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DB_ROOT = "/work/shared/eval/spider/database"
OUT_MAIN = os.path.join(HERE, "spider_v9_A.json")
OUT_UNANS = os.path.join(HERE, "spider_v9_A_unanswerable.json")

KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt",
       "employee_hire_evaluation", "museum_visit", "orchestra", "poker_player",
       "singer", "tvshow", "world_1"]


def it(db, kind, q, p, sql, cols, tie=None):
    return {"db_id": db, "kind": kind, "question": q, "paraphrase": p,
            "query": sql, "cols": cols, "tie": tie}


ITEMS = [
    # ------------------------------------------------------------ battle_death
    it("battle_death", "count",
       "How many battles ended in a Bulgarian win?",
       "Count of battles whose outcome was a victory for the Bulgarians.",
       "SELECT count(*) FROM battle WHERE result = 'Bulgarian victory'", 1),
    it("battle_death", "list",
       "list the diferent locations where ships were lost",
       "Which distinct locations show up for the ships that were lost?",
       "SELECT DISTINCT location FROM ship", 1),
    it("battle_death", "filter-text",
       "Which battles had an unknown Latin commander?",
       "Give me the battles where the commander on the Latin side isn't known.",
       "SELECT name FROM battle WHERE latin_commander = 'Unknown'", 1),
    it("battle_death", "filter-number",
       "show me the incidents where more than 10 people were killed - note and number killed",
       "For every death record with a kill count above ten, list its note and how many were killed.",
       "SELECT note, killed FROM death WHERE killed > 10", 2),
    it("battle_death", "aggregate",
       "What's the total number of people injured across all recorded incidents?",
       "Sum up the injured over every death record.",
       "SELECT sum(injured) FROM death", 1),
    it("battle_death", "superlative",
       "Which ship caused the most deaths?",
       "Name the ship responsible for the highest total number of people killed.",
       "SELECT s.name FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
       "GROUP BY s.id ORDER BY sum(d.killed) DESC LIMIT 1", 1,
       (1, "SELECT sum(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
           "GROUP BY s.id ORDER BY sum(d.killed) DESC")),
    it("battle_death", "join",
       "total killed by the ships that were lost in the Battle of Messinopolis?",
       "Across all ships lost at the Battle of Messinopolis, how many people in total did they kill?",
       "SELECT sum(d.killed) FROM death d JOIN ship s ON d.caused_by_ship_id = s.id "
       "JOIN battle b ON s.lost_in_battle = b.id WHERE b.name = 'Battle of Messinopolis'", 1),
    it("battle_death", "set",
       "Which battles didn't lose any ship at all?",
       "List the names of battles in which no ship was lost.",
       "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship "
       "WHERE lost_in_battle IS NOT NULL)", 1),
    it("battle_death", "ratio",
       "What % of the lost ships ended up captured?",
       "Out of all ships in the records, what percentage have a disposition of captured?",
       "SELECT 100.0 * sum(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) "
       "/ count(*) FROM ship", 1),
    it("battle_death", "projection",
       "Give me every ship's name, type and what happened to it",
       "For each ship, show its name, ship type and final disposition.",
       "SELECT name, ship_type, disposition_of_ship FROM ship", 3),

    # ---------------------------------------------------------- concert_singer
    it("concert_singer", "count",
       "how many french singers do we have",
       "What is the number of singers from France?",
       "SELECT count(*) FROM singer WHERE Country = 'France'", 1),
    it("concert_singer", "list",
       "List stadium names from biggest to smallest capacity.",
       "Show the names of all stadiums ordered by capacity, largest first.",
       "SELECT Name FROM stadium ORDER BY Capacity DESC", 1),
    it("concert_singer", "filter-text",
       "What songs have the American singers released?",
       "Give the song names of singers whose country is the United States.",
       "SELECT Song_Name FROM singer WHERE Country = 'United States'", 1),
    it("concert_singer", "filter-number",
       "Which singers are older than the avrage singer? Give name and country.",
       "Show the name and country of each singer whose age is above the mean age of all singers.",
       "SELECT Name, Country FROM singer WHERE Age > (SELECT avg(Age) FROM singer)", 2),
    it("concert_singer", "aggregate",
       "average age of singers from France?",
       "What is the mean age of the French singers?",
       "SELECT avg(Age) FROM singer WHERE Country = 'France'", 1),
    it("concert_singer", "group",
       "How many concerts were held each year?",
       "For every year, give the year and the count of concerts that took place.",
       "SELECT Year, count(*) FROM concert GROUP BY Year", 2),
    it("concert_singer", "superlative",
       "Which stadium has hosted the most concerts?",
       "Name the stadium where the largest number of concerts were held.",
       "SELECT s.Name FROM stadium s JOIN concert c ON s.Stadium_ID = c.Stadium_ID "
       "GROUP BY s.Stadium_ID ORDER BY count(*) DESC LIMIT 1", 1,
       (1, "SELECT count(*) FROM stadium s JOIN concert c ON s.Stadium_ID = c.Stadium_ID "
           "GROUP BY s.Stadium_ID ORDER BY count(*) DESC")),
    it("concert_singer", "join",
       "For the 2014 concerts, list each singer name together with the concert name they sang in",
       "Show singer names and the names of the concerts they performed at, for concerts held in 2014.",
       "SELECT s.Name, c.concert_Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
       "JOIN concert c ON sc.concert_ID = c.concert_ID WHERE c.Year = '2014'", 2),
    it("concert_singer", "set",
       "Which singers performed at a 2014 concert but not at any concert in 2015?",
       "Names of singers who appeared in 2014 concerts yet never in a 2015 concert.",
       "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
       "JOIN concert c ON sc.concert_ID = c.concert_ID WHERE c.Year = '2014' "
       "EXCEPT SELECT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
       "JOIN concert c ON sc.concert_ID = c.concert_ID WHERE c.Year = '2015'", 1),
    it("concert_singer", "ratio",
       "What percentage of our singers are male?",
       "Share of singers who are men, as a percent of all singers.",
       "SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer", 1),

    # ---------------------------------------------------- cre_Doc_Template_Mgt
    it("cre_Doc_Template_Mgt", "count",
       "How many presentation templates are there?",
       "Count the templates whose type is PPT.",
       "SELECT count(*) FROM Templates WHERE Template_Type_Code = 'PPT'", 1),
    it("cre_Doc_Template_Mgt", "list",
       "What template types do we have? just the descriptions pls",
       "List the description of every template type.",
       "SELECT Template_Type_Description FROM Ref_Template_Types", 1),
    it("cre_Doc_Template_Mgt", "filter-text",
       "names of documents that have CV in the name",
       "Which document names contain the text 'CV'?",
       "SELECT Document_Name FROM Documents WHERE Document_Name LIKE '%CV%'", 1),
    it("cre_Doc_Template_Mgt", "filter-number",
       "Which templates are on a version number higher than 5? ids only",
       "Give the ids of templates whose version number exceeds 5.",
       "SELECT Template_ID FROM Templates WHERE Version_Number > 5", 1),
    it("cre_Doc_Template_Mgt", "group",
       "How many templates exist for each template type? Show the type description and the count.",
       "For every template type description, how many templates belong to it?",
       "SELECT r.Template_Type_Description, count(*) FROM Ref_Template_Types r "
       "JOIN Templates t ON r.Template_Type_Code = t.Template_Type_Code "
       "GROUP BY r.Template_Type_Code", 2),
    it("cre_Doc_Template_Mgt", "superlative",
       "Which document has the most paragraphs?",
       "Name the document containing the largest number of paragraphs.",
       "SELECT d.Document_Name FROM Documents d JOIN Paragraphs p ON d.Document_ID = p.Document_ID "
       "GROUP BY d.Document_ID ORDER BY count(*) DESC LIMIT 1", 1,
       (1, "SELECT count(*) FROM Documents d JOIN Paragraphs p ON d.Document_ID = p.Document_ID "
           "GROUP BY d.Document_ID ORDER BY count(*) DESC")),
    it("cre_Doc_Template_Mgt", "join",
       "Which documents are built on advertisement templates?",
       "List the names of documents whose template is of the Advertisement type.",
       "SELECT d.Document_Name FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID "
       "JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code "
       "WHERE r.Template_Type_Description = 'Advertisement'", 1),
    it("cre_Doc_Template_Mgt", "set",
       "Show the templates no document uses - template id and type code",
       "Which templates are not referenced by any document? Give their ids and template type codes.",
       "SELECT Template_ID, Template_Type_Code FROM Templates WHERE Template_ID NOT IN "
       "(SELECT Template_ID FROM Documents WHERE Template_ID IS NOT NULL)", 2),
    it("cre_Doc_Template_Mgt", "ratio",
       "What percent of our documents have no paragraphs at all?",
       "Percentage of documents that contain zero paragraphs.",
       "SELECT 100.0 * sum(CASE WHEN Document_ID NOT IN (SELECT Document_ID FROM Paragraphs) "
       "THEN 1 ELSE 0 END) / count(*) FROM Documents", 1),
    it("cre_Doc_Template_Mgt", "projection",
       "give me the id, name and description of every document",
       "For all documents, show document id, document name and document description.",
       "SELECT Document_ID, Document_Name, Document_Description FROM Documents", 3),

    # ------------------------------------------------ employee_hire_evaluation
    it("employee_hire_evaluation", "count",
       "how many employes are based in Bristol?",
       "Count the employees whose city is Bristol.",
       "SELECT count(*) FROM employee WHERE City = 'Bristol'", 1),
    it("employee_hire_evaluation", "filter-text",
       "Names of the employees who live in Bath",
       "Which employees have Bath as their city?",
       "SELECT Name FROM employee WHERE City = 'Bath'", 1),
    it("employee_hire_evaluation", "filter-number",
       "Which shops stock more products than the average shop?",
       "List the names of shops whose number of products is above the mean across all shops.",
       "SELECT Name FROM shop WHERE Number_products > (SELECT avg(Number_products) FROM shop)", 1),
    it("employee_hire_evaluation", "aggregate",
       "What was the total bonus paid out for 2016?",
       "Sum of all bonuses awarded in the year 2016.",
       "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'", 1),
    it("employee_hire_evaluation", "group",
       "number of employees in each city",
       "For every city, show the city and how many employees come from it.",
       "SELECT City, count(*) FROM employee GROUP BY City", 2),
    it("employee_hire_evaluation", "superlative",
       "Who got the single biggest bonus?",
       "Name the employee who received the highest one-time bonus award.",
       "SELECT e.Name FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID "
       "ORDER BY v.Bonus DESC LIMIT 1", 1,
       (1, "SELECT v.Bonus FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID "
           "ORDER BY v.Bonus DESC")),
    it("employee_hire_evaluation", "join",
       "Which employees were hired by FC Haka and what year did they start?",
       "Show the names and start years of everyone hired at the FC Haka shop.",
       "SELECT e.Name, h.Start_from FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID "
       "JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Name = 'FC Haka'", 2),
    it("employee_hire_evaluation", "set",
       "Which cities have both employees over 30 and employees under 30?",
       "List the cities that are home to at least one employee older than 30 and also at least one younger than 30.",
       "SELECT City FROM employee WHERE Age > 30 INTERSECT SELECT City FROM employee WHERE Age < 30", 1),
    it("employee_hire_evaluation", "ratio",
       "what percentage of hires are full time?",
       "Of all hiring records, what percent are full-time positions?",
       "SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring", 1),
    it("employee_hire_evaluation", "projection",
       "show the name, location and manager of each shop",
       "For all shops give shop name, location and the manager's name.",
       "SELECT Name, Location, Manager_name FROM shop", 3),

    # ------------------------------------------------------------ museum_visit
    it("museum_visit", "count",
       "How many musuems opened after 2009?",
       "Count the museums with an opening year later than 2009.",
       "SELECT count(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009", 1),
    it("museum_visit", "list",
       "list all museum names alphabetically",
       "Give me the names of every museum sorted A to Z.",
       "SELECT Name FROM museum ORDER BY Name", 1),
    it("museum_visit", "filter-number",
       "Which visitors are older than the average visitor?",
       "Names of visitors whose age is greater than the mean age of all visitors.",
       "SELECT Name FROM visitor WHERE Age > (SELECT avg(Age) FROM visitor)", 1),
    it("museum_visit", "aggregate",
       "For museums that opened before 2010, what's the average and the max number of staff?",
       "Among museums with an opening year earlier than 2010, give the mean staff count and the largest staff count.",
       "SELECT avg(Num_of_Staff), max(Num_of_Staff) FROM museum WHERE CAST(Open_Year AS INTEGER) < 2010", 2),
    it("museum_visit", "group",
       "How much did each visitor spend in total? name and total spent",
       "For every visitor who made visits, show the visitor name and the sum of what they spent.",
       "SELECT v.Name, sum(t.Total_spent) FROM visitor v JOIN visit t ON v.ID = t.visitor_ID GROUP BY v.ID", 2),
    it("museum_visit", "superlative",
       "Which museum sold the most tickets?",
       "Name the museum with the highest total number of tickets bought across all visits.",
       "SELECT m.Name FROM museum m JOIN visit t ON m.Museum_ID = t.Museum_ID "
       "GROUP BY m.Museum_ID ORDER BY sum(t.Num_of_Ticket) DESC LIMIT 1", 1,
       (1, "SELECT sum(t.Num_of_Ticket) FROM museum m JOIN visit t ON m.Museum_ID = t.Museum_ID "
           "GROUP BY m.Museum_ID ORDER BY sum(t.Num_of_Ticket) DESC")),
    it("museum_visit", "join",
       "Show visitors who spent over 200 on a single visit along with the museum they went to",
       "For visits where the total spent exceeded 200, list the visitor's name and the museum's name.",
       "SELECT v.Name, m.Name FROM visit t JOIN visitor v ON v.ID = t.visitor_ID "
       "JOIN museum m ON m.Museum_ID = t.Museum_ID WHERE t.Total_spent > 200", 2),
    it("museum_visit", "set",
       "Which visitors went to both the Capital Plaza Museum and the Willow Grande Museum?",
       "Names of visitors who visited Capital Plaza Museum and also visited Willow Grande Museum.",
       "SELECT v.Name FROM visitor v JOIN visit t ON v.ID = t.visitor_ID JOIN museum m ON m.Museum_ID = t.Museum_ID "
       "WHERE m.Name = 'Capital Plaza Museum' INTERSECT "
       "SELECT v.Name FROM visitor v JOIN visit t ON v.ID = t.visitor_ID JOIN museum m ON m.Museum_ID = t.Museum_ID "
       "WHERE m.Name = 'Willow Grande Museum'", 1),
    it("museum_visit", "ratio",
       "whats the average amount spent per ticket across all visits",
       "Total money spent divided by total tickets bought, over every visit.",
       "SELECT sum(Total_spent) / sum(Num_of_Ticket) FROM visit", 1),
    it("museum_visit", "projection",
       "Show name, membership level and age of all visitors",
       "For each visitor list their name, level of membership and age.",
       "SELECT Name, Level_of_membership, Age FROM visitor", 3),

    # --------------------------------------------------------------- orchestra
    it("orchestra", "count",
       "How many American conductors are there?",
       "Count the conductors with US nationality.",
       "SELECT count(*) FROM conductor WHERE Nationality = 'USA'", 1),
    it("orchestra", "list",
       "what major record formats do the orchestras use",
       "List the distinct major record formats across all orchestras.",
       "SELECT DISTINCT Major_Record_Format FROM orchestra", 1),
    it("orchestra", "filter-text",
       "Which orchestras record with Decca?",
       "Names of orchestras whose record company is Decca Records.",
       "SELECT Orchestra FROM orchestra WHERE Record_Company = 'Decca Records'", 1),
    it("orchestra", "filter-number",
       "Conductors who have worked more years than the average conductor - names please",
       "Which conductors have a year-of-work figure above the mean of all conductors?",
       "SELECT Name FROM conductor WHERE Year_of_Work > (SELECT avg(Year_of_Work) FROM conductor)", 1),
    it("orchestra", "aggregate",
       "What is the average and the highest official rating (in millions) of the performances?",
       "Give the mean and maximum official ratings in millions over all performances.",
       'SELECT avg("Official_ratings_(millions)"), max("Official_ratings_(millions)") FROM performance', 2),
    it("orchestra", "group",
       "number of conductors per nationality",
       "For each nationality, show it and how many conductors have it.",
       "SELECT Nationality, count(*) FROM conductor GROUP BY Nationality", 2),
    it("orchestra", "superlative",
       "Which record company works with the most orchestras?",
       "Name the record company associated with the largest number of orchestras.",
       "SELECT Record_Company FROM orchestra GROUP BY Record_Company ORDER BY count(*) DESC LIMIT 1", 1,
       (1, "SELECT count(*) FROM orchestra GROUP BY Record_Company ORDER BY count(*) DESC")),
    it("orchestra", "join",
       "For orchestras founded after 2005, list the orchestra and its conductr's name",
       "Show orchestra names with their conductor names for orchestras whose founding year is later than 2005.",
       "SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID "
       "WHERE o.Year_of_Founded > 2005", 2),
    it("orchestra", "set",
       "Which orchestras have performances but no shows?",
       "List orchestras that gave at least one performance, none of which has a show record.",
       "SELECT o.Orchestra FROM orchestra o JOIN performance p ON o.Orchestra_ID = p.Orchestra_ID "
       "EXCEPT SELECT o.Orchestra FROM orchestra o JOIN performance p ON o.Orchestra_ID = p.Orchestra_ID "
       "JOIN show s ON s.Performance_ID = p.Performance_ID", 1),
    it("orchestra", "projection",
       "show each conductor's name, age and nationality",
       "For all conductors give the name, the age and the nationality.",
       "SELECT Name, Age, Nationality FROM conductor", 3),

    # ------------------------------------------------------------ poker_player
    it("poker_player", "count",
       "How many poker players are Russian?",
       "Count the poker players whose nationality is Russia.",
       "SELECT count(*) FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
       "WHERE p.Nationality = 'Russia'", 1),
    it("poker_player", "list",
       "List poker player names in ascending order of final tables made.",
       "Give the names of the poker players, sorted from fewest to most final tables made.",
       "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
       "ORDER BY pp.Final_Table_Made ASC", 1),
    it("poker_player", "filter-text",
       "who was born in 1986?",
       "Names of people whose birth date falls in the year 1986.",
       "SELECT Name FROM people WHERE Birth_Date LIKE '%1986'", 1),
    it("poker_player", "aggregate",
       "What are the average earnings of poker players?",
       "Mean earnings across all poker players.",
       "SELECT avg(Earnings) FROM poker_player", 1),
    it("poker_player", "group",
       "how many people per nationality",
       "For every nationality give the nationality and the number of people having it.",
       "SELECT Nationality, count(*) FROM people GROUP BY Nationality", 2),
    it("poker_player", "superlative",
       "name of the poker player with the highest earnings",
       "Which poker player has earned the most money? Just the name.",
       "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
       "ORDER BY pp.Earnings DESC LIMIT 1", 1,
       (1, "SELECT pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
           "ORDER BY pp.Earnings DESC")),
    it("poker_player", "join",
       "Names and birth dates of the players whose best finish was 1st",
       "Show name and birth date for poker players with a best finish of 1.",
       "SELECT p.Name, p.Birth_Date FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
       "WHERE pp.Best_Finish = 1", 2),
    it("poker_player", "set",
       "Which people aren't poker players?",
       "List names of people who do not appear in the poker player table.",
       "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player "
       "WHERE People_ID IS NOT NULL)", 1),
    it("poker_player", "ratio",
       "What percentage of total poker earnings goes to Russian players?",
       "Share, in percent, of all poker player earnings that were made by players from Russia.",
       "SELECT 100.0 * sum(CASE WHEN p.Nationality = 'Russia' THEN pp.Earnings ELSE 0 END) / sum(pp.Earnings) "
       "FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID", 1),
    it("poker_player", "projection",
       "list everyone's name, nationality and height",
       "For all people show their name, nationality and height.",
       "SELECT Name, Nationality, Height FROM people", 3),

    # ------------------------------------------------------------------ singer
    it("singer", "list",
       "list the different citizenships of our singers",
       "Which distinct citizenships do the singers hold?",
       "SELECT DISTINCT Citizenship FROM singer", 1),
    it("singer", "filter-text",
       "songs by the German singer - title and highest chart position",
       "For singers with German citizenship, show the song titles and the highest position each reached.",
       "SELECT so.Title, so.Highest_Position FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID "
       "WHERE s.Citizenship = 'Germany'", 2),
    it("singer", "filter-number",
       "Which singers are worth more than the average singer?",
       "Names of singers whose net worth in millions is above the mean net worth.",
       "SELECT Name FROM singer WHERE Net_Worth_Millions > (SELECT avg(Net_Worth_Millions) FROM singer)", 1),
    it("singer", "aggregate",
       "What's the average net worth of singers, in millions?",
       "Mean of the net worth (millions) over all singers.",
       "SELECT avg(Net_Worth_Millions) FROM singer", 1),
    it("singer", "group",
       "total net worth by citizenship",
       "For each citizenship, show the citizenship and the sum of its singers' net worth.",
       "SELECT Citizenship, sum(Net_Worth_Millions) FROM singer GROUP BY Citizenship", 2),
    it("singer", "superlative",
       "top 3 best selling songs, title and sales",
       "Show the title and sales figure of the three songs with the highest sales.",
       "SELECT Title, Sales FROM song ORDER BY Sales DESC LIMIT 3", 2,
       (3, "SELECT Sales FROM song ORDER BY Sales DESC")),
    it("singer", "join",
       "What are the total sales of songs by American singers?",
       "Add up the sales of all songs whose singer is a United States citizen.",
       "SELECT sum(so.Sales) FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID "
       "WHERE s.Citizenship = 'United States'", 1),
    it("singer", "set",
       "Which singers have no songs?",
       "List the names of singers that don't have any song in the song table.",
       "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song WHERE Singer_ID IS NOT NULL)", 1),
    it("singer", "ratio",
       "What share (percent) of all song sales belongs to Liliane Bettencourt?",
       "Percentage of total song sales that come from songs by Liliane Bettencourt.",
       "SELECT 100.0 * sum(CASE WHEN s.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / sum(so.Sales) "
       "FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID", 1),
    it("singer", "projection",
       "name, birth year and citizenship for every singer",
       "Show each singer's name together with their year of birth and citizenship.",
       "SELECT Name, Birth_Year, Citizenship FROM singer", 3),

    # ------------------------------------------------------------------ tvshow
    it("tvshow", "count",
       "How many channels broadcast in Italian?",
       "Count the TV channels whose language is Italian.",
       "SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'", 1),
    it("tvshow", "list",
       "list the different languages our channels use",
       "Which distinct languages appear among the TV channels?",
       "SELECT DISTINCT Language FROM TV_Channel", 1),
    it("tvshow", "filter-text",
       "Titles of cartoons directed by Ben Jones",
       "Which cartoons did Ben Jones direct? Give the titles.",
       "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones'", 1),
    it("tvshow", "filter-number",
       "episodes rated above 4 - episode name and rating",
       "Show the episode and rating for every TV series episode whose rating is greater than 4.",
       "SELECT Episode, Rating FROM TV_series WHERE CAST(Rating AS REAL) > 4", 2),
    it("tvshow", "aggregate",
       "what is the average share of the tv series episodes",
       "Mean share across all TV series episodes.",
       "SELECT avg(Share) FROM TV_series", 1),
    it("tvshow", "group",
       "number of cartoons per director",
       "For each director, show the director and how many cartoons they directed.",
       "SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by", 2),
    it("tvshow", "superlative",
       "Which TV series episode had the most viewers?",
       "Name the episode with the highest viewer count (in millions).",
       "SELECT Episode FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1", 1,
       (1, "SELECT CAST(Viewers_m AS REAL) FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC")),
    it("tvshow", "join",
       "Cartoons airing on British channels - show the cartoon title and the channel's series name",
       "For cartoons shown on channels based in the United Kingdom, list the title and the channel series name.",
       "SELECT c.Title, t.series_name FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id "
       "WHERE t.Country = 'United Kingdom'", 2),
    it("tvshow", "ratio",
       "What percentage of channels use a 16:9 pixel aspect ratio?",
       "Out of all channels, what percent have a PAR of exactly 16:9?",
       "SELECT 100.0 * sum(CASE WHEN Pixel_aspect_ratio_PAR = '16:9' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel", 1),
    it("tvshow", "projection",
       "series name, country and package option for every channel",
       "Show each TV channel's series name along with its country and package option.",
       "SELECT series_name, Country, Package_Option FROM TV_Channel", 3),

    # ----------------------------------------------------------------- world_1
    it("world_1", "count",
       "how many Japanese cities are in the database",
       "Count the cities located in Japan.",
       "SELECT count(*) FROM city WHERE CountryCode = 'JPN'", 1),
    it("world_1", "list",
       "List the continents that appear in the country data.",
       "Which distinct continents do the countries belong to?",
       "SELECT DISTINCT Continent FROM country", 1),
    it("world_1", "filter-text",
       "Nordic countries: name and population",
       "Show the name and population of every country in the Nordic Countries region.",
       "SELECT Name, Population FROM country WHERE Region = 'Nordic Countries'", 2),
    it("world_1", "filter-number",
       "Which South American countries have more people than the average South American country?",
       "Names of countries in South America whose population is above the South American average population.",
       "SELECT Name FROM country WHERE Continent = 'South America' AND Population > "
       "(SELECT avg(Population) FROM country WHERE Continent = 'South America')", 1),
    it("world_1", "aggregate",
       "total population of all the cities in Brazil",
       "Sum the population of every city that belongs to Brazil.",
       "SELECT sum(ci.Population) FROM city ci JOIN country co ON ci.CountryCode = co.Code "
       "WHERE co.Name = 'Brazil'", 1),
    it("world_1", "group",
       "total population for each continent",
       "For every continent give the continent and the sum of its countries' populations.",
       "SELECT Continent, sum(Population) FROM country GROUP BY Continent", 2),
    it("world_1", "superlative",
       "5 biggest cities by population - name and population",
       "Show the name and population of the five most populous cities.",
       "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5", 2,
       (5, "SELECT Population FROM city ORDER BY Population DESC")),
    it("world_1", "set",
       "Which African countries have French as an official language but not English?",
       "List countries in Africa where French is official and English is not an official language.",
       "SELECT co.Name FROM country co JOIN countrylanguage cl ON co.Code = cl.CountryCode "
       "WHERE co.Continent = 'Africa' AND cl.Language = 'French' AND cl.IsOfficial = 'T' "
       "EXCEPT SELECT co.Name FROM country co JOIN countrylanguage cl ON co.Code = cl.CountryCode "
       "WHERE cl.Language = 'English' AND cl.IsOfficial = 'T'", 1),
    it("world_1", "ratio",
       "What percentage of the world's population lives in Asia?",
       "Asia's population as a percent of the total population of all countries.",
       "SELECT 100.0 * sum(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / sum(Population) FROM country", 1),
    it("world_1", "projection",
       "For NLD, show the local name, government form and year of independence",
       "Give local name, form of government and independence year of the country with code NLD.",
       "SELECT LocalName, GovernmentForm, IndepYear FROM country WHERE Code = 'NLD'", 3),
]


def un(db, q, why):
    return {"db_id": db, "question": q, "why": why, "query": ""}


UNANSWERABLE = [
    un("battle_death", "What was the crew size of each ship that was lost?",
       "The ship table stores name, tonnage, type, location and disposition, but no crew size."),
    un("battle_death", "How many soldiers fought on each side at the Battle of Adrianople?",
       "Battles record commanders and result only; troop strength is not stored."),
    un("concert_singer", "What was the ticket price for the Week 1 concerts?",
       "Concerts have name, theme, stadium and year; no ticket price or revenue column exists."),
    un("cre_Doc_Template_Mgt", "Who is the author of each document?",
       "Documents hold id, template, name, description and other details; no author is recorded."),
    un("employee_hire_evaluation", "What is the annual salary of each employee?",
       "Only bonuses (evaluation) are stored; there is no salary column."),
    un("museum_visit", "Which city is each museum located in?",
       "The museum table holds name, staff count and opening year only; no location."),
    un("orchestra", "How many musicians play in the London Symphony Orchestra?",
       "Orchestras record conductor, record company, founding year and format; member count is not stored."),
    un("poker_player", "Which tournaments has Aleksey Ostapenko won?",
       "Poker players have aggregate stats (final tables, best finish, money rank, earnings); no tournament data exists."),
    un("singer", "Which record label is each singer signed to?",
       "Singers store name, birth year, net worth and citizenship; songs store title, sales and chart position; no label."),
    un("tvshow", "What is the monthly subscription price of each channel?",
       "TV_Channel has country, language, content, PAR, HD, PPV and package option; no price."),
    un("world_1", "What is Germany's unemployment rate?",
       "Country stores population, GNP, life expectancy etc. but no unemployment figures."),
    un("world_1", "Which currency is used in Japan?",
       "No currency column or table exists in the world database."),
]


def run(db, sql):
    path = os.path.join(DB_ROOT, db, db + ".sqlite")
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        cur = con.execute(sql)
        rows = cur.fetchall()
        ncols = len(cur.description)
    finally:
        con.close()
    return rows, ncols


def main():
    fails = []
    if len(ITEMS) != 100:
        fails.append("expected 100 items, got %d" % len(ITEMS))
    per_db = Counter(i["db_id"] for i in ITEMS)
    for db in DBS:
        if per_db.get(db) != 10:
            fails.append("%s has %d items (want 10)" % (db, per_db.get(db, 0)))
    for db in per_db:
        if db not in DBS:
            fails.append("unknown db %s" % db)
    kinds = Counter(i["kind"] for i in ITEMS)
    for k in kinds:
        if k not in KINDS:
            fails.append("unknown kind %s" % k)
    for k in KINDS:
        if not 8 <= kinds.get(k, 0) <= 10:
            fails.append("kind %s count %d not in 8..10" % (k, kinds.get(k, 0)))
    qs = Counter(i["question"].strip().lower() for i in ITEMS)
    for q, n in qs.items():
        if n > 1:
            fails.append("duplicate question: %s" % q)

    multi = 0
    for n, i in enumerate(ITEMS):
        tag = "#%d %s/%s" % (n, i["db_id"], i["kind"])
        if not i["question"].strip() or not i["paraphrase"].strip():
            fails.append(tag + ": empty question/paraphrase")
        if i["question"].strip().lower() == i["paraphrase"].strip().lower():
            fails.append(tag + ": paraphrase identical to question")
        if "ROUND" in i["query"].upper():
            fails.append(tag + ": uses ROUND")
        try:
            rows, ncols = run(i["db_id"], i["query"])
        except Exception as e:  # noqa
            fails.append(tag + ": query error %s" % e)
            continue
        if not rows:
            fails.append(tag + ": empty result")
            continue
        if all(v is None for r in rows for v in r):
            fails.append(tag + ": all-NULL result")
        if ncols != i["cols"]:
            fails.append(tag + ": %d columns, expected %d" % (ncols, i["cols"]))
        if ncols >= 2:
            multi += 1
        has_limit = " LIMIT " in (" " + i["query"].upper() + " ")
        if has_limit and not i["tie"]:
            fails.append(tag + ": LIMIT query without tie check")
        if i["tie"]:
            topn, tsql = i["tie"]
            try:
                trows, _ = run(i["db_id"], tsql)
            except Exception as e:  # noqa
                fails.append(tag + ": tie query error %s" % e)
                continue
            vals = [r[0] for r in trows]
            if len(rows) != min(topn, len(vals)):
                fails.append(tag + ": gold returned %d rows, tie list implies %d" %
                             (len(rows), min(topn, len(vals))))
            if len(vals) > topn and vals[topn - 1] == vals[topn]:
                fails.append(tag + ": tie at cut-off N=%d (value %r)" % (topn, vals[topn - 1]))
            if any(v is None for v in vals[:topn + 1]):
                fails.append(tag + ": NULL in ordering values near cut-off")

    if not 25 <= multi <= 45:
        fails.append("multi-column items %d not about a third" % multi)

    if len(UNANSWERABLE) != 12:
        fails.append("expected 12 unanswerable, got %d" % len(UNANSWERABLE))
    udbs = Counter(u["db_id"] for u in UNANSWERABLE)
    if len(udbs) < 8:
        fails.append("unanswerable items not spread (only %d dbs)" % len(udbs))
    for u in UNANSWERABLE:
        if u["db_id"] not in DBS:
            fails.append("unanswerable unknown db %s" % u["db_id"])
        if u["query"] != "" or not u["why"] or not u["question"]:
            fails.append("unanswerable malformed: %s" % u["question"])

    if fails:
        print("FAILED checks:")
        for f in fails:
            print("  -", f)
        sys.exit(1)

    out = [{k: i[k] for k in ("db_id", "kind", "question", "paraphrase", "query")} for i in ITEMS]
    with open(OUT_MAIN, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(OUT_UNANS, "w", encoding="utf-8") as f:
        json.dump(UNANSWERABLE, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("OK: %d items, %d unanswerable, %d multi-column" % (len(out), len(UNANSWERABLE), multi))
    for k in KINDS:
        print("  %-14s %d" % (k, kinds[k]))
    print("wrote", OUT_MAIN)
    print("wrote", OUT_UNANS)


if __name__ == "__main__":
    main()
