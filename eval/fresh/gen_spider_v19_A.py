#!/usr/bin/env python3
"""Blind Spider v19 evaluation set, half A.

Every gold query is executed against its Spider dev database; the JSON file is
written only when all checks pass (non-empty, not all NULL, no tie at LIMIT n,
kind/count layout, distinct question/paraphrase).
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spider_v19_A.json")
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
EXPECTED = {
    "battle_death": 11, "concert_singer": 11, "cre_Doc_Template_Mgt": 11,
    "employee_hire_evaluation": 11, "museum_visit": 11, "orchestra": 11,
    "poker_player": 11, "singer": 11, "tvshow": 11, "world_1": 11,
}

Q = []


def q(db, kind, question, paraphrase, query):
    Q.append({"question": question, "db_id": db, "query": " ".join(query.split()),
              "paraphrase": paraphrase, "kind": kind})


# ---------------------------------------------------------------- battle_death
db = "battle_death"
q(db, "count", "how many battles did the Bulgarians win?",
  "Count the battles whose result was a Bulgarian victory.",
  "SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'")
q(db, "list", "list every ship with its type and location",
  "Show me all the ships: name, ship type and where each one was.",
  "SELECT name, ship_type, location FROM ship")
q(db, "filter-text", "which battles had an unknown latin commander? name and date pls",
  "Give the name and date of the battles where the Latin commander is recorded as Unknown.",
  "SELECT name, date FROM battle WHERE latin_commander = 'Unknown'")
q(db, "filter-number", "death records with more than 10 killed - note, killed and injured",
  "Which incidents left over ten people dead? Show the note together with the killed and injured figures.",
  "SELECT note, killed, injured FROM death WHERE killed > 10")
q(db, "aggregate", "total killed and total injured across all death records",
  "Add up the killed column and the injured column over every recorded incident.",
  "SELECT SUM(killed), SUM(injured) FROM death")
q(db, "superlative", "Which ship caused the most deaths? Give the ship name and the total number killed.",
  "ship responsible for the highest total of people killed, plus that total",
  "SELECT s.name, SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
  "GROUP BY s.id ORDER BY SUM(d.killed) DESC LIMIT 1")
q(db, "group", "number of battles for each result",
  "Break the battles down by outcome and count how many fall under each.",
  "SELECT result, COUNT(*) FROM battle GROUP BY result")
q(db, "join", "lost ships with the battle they were lost in and the date of that battle",
  "For every ship, show its name, the name of the battle in which it was lost, and when that battle took place.",
  "SELECT s.name, b.name, b.date FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id")
q(db, "set", "battles that lost a ship in the English Channel and also one in the Mid-Atlantic - name + date",
  "Which battles saw ships lost both in the English Channel and in the Mid-Atlantic? Give battle name and date.",
  "SELECT b.name, b.date FROM battle AS b JOIN ship AS s ON s.lost_in_battle = b.id WHERE s.location = 'English Channel' "
  "INTERSECT SELECT b.name, b.date FROM battle AS b JOIN ship AS s ON s.lost_in_battle = b.id WHERE s.location = 'Mid-Atlantic'")
q(db, "ratio", "what % of battles ended in a bulgarian victory",
  "As a percentage of all battles, how many were won by the Bulgarians?",
  "SELECT 100.0 * SUM(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / COUNT(*) FROM battle")
q(db, "compare-to-aggregate", "incidents where more people were killed than average - note and number killed",
  "Show the note and killed count of death records whose killed figure is higher than the mean over all records.",
  "SELECT note, killed FROM death WHERE killed > (SELECT AVG(killed) FROM death)")

# -------------------------------------------------------------- concert_singer
db = "concert_singer"
q(db, "count", "How many concerts were there in 2015?",
  "number of concerts held during the year 2015",
  "SELECT COUNT(*) FROM concert WHERE Year = '2015'")
q(db, "list", "stadiums - name, location, capacity",
  "Show every stadium along with where it is and how many people it can hold.",
  "SELECT Name, Location, Capacity FROM stadium")
q(db, "filter-text", "name and age of the singers from France",
  "Which singers are French? I need their names and ages.",
  "SELECT Name, Age FROM singer WHERE Country = 'France'")
q(db, "filter-number", "stadiums with capacity over 10k, name + capacity",
  "Which stadiums can seat more than 10,000 people? List each one's name and capacity.",
  "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000")
q(db, "aggregate", "avg, youngest and oldest age of french singers",
  "For singers from France, what are the mean, minimum and maximum ages?",
  "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer WHERE Country = 'France'")
q(db, "superlative", "biggest stadium by capacity: name, capacity and its average attendance",
  "Which stadium holds the most people? Show its name, capacity and average crowd.",
  "SELECT Name, Capacity, Average FROM stadium ORDER BY Capacity DESC LIMIT 1")
q(db, "group", "every stadium and how many concerts it hosted, zeros included",
  "For each stadium, count the concerts held there, showing 0 for stadiums that never hosted one.",
  "SELECT s.Name, COUNT(c.concert_ID) FROM stadium AS s LEFT JOIN concert AS c ON s.Stadium_ID = c.Stadium_ID GROUP BY s.Stadium_ID")
q(db, "join", "who sang at Super bootcamp? name and country",
  "List the names and countries of the singers who performed in the concert called Super bootcamp.",
  "SELECT s.Name, s.Country FROM singer AS s JOIN singer_in_concert AS sc ON s.Singer_ID = sc.Singer_ID "
  "JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.concert_Name = 'Super bootcamp'")
q(db, "set", "stadiums that had concerts in 2014 but none in 2015 - name and location",
  "Which stadiums hosted a concert in 2014 and then no concert at all in 2015? Give their names and locations.",
  "SELECT Name, Location FROM stadium WHERE Stadium_ID IN (SELECT Stadium_ID FROM concert WHERE Year = '2014') "
  "AND Stadium_ID NOT IN (SELECT Stadium_ID FROM concert WHERE Year = '2015')")
q(db, "ratio", "what percentage of singers are male",
  "Share of singers who are men, expressed in percent.",
  "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer")
q(db, "compare-to-aggregate", "singres older than the avg age - name, country, age",
  "Which singers are above the average singer age? Show name, country and age for each.",
  "SELECT Name, Country, Age FROM singer WHERE Age > (SELECT AVG(Age) FROM singer)")

# -------------------------------------------------------- cre_Doc_Template_Mgt
db = "cre_Doc_Template_Mgt"
q(db, "count", "how many paper templates do we have",
  "Number of templates whose template type is Paper.",
  "SELECT COUNT(*) FROM Templates WHERE Template_Type_Code = 'PP'")
q(db, "list", "all documents: id, name and template id",
  "Show each document's ID and name together with the ID of the template it is based on.",
  "SELECT Document_ID, Document_Name, Template_ID FROM Documents")
q(db, "filter-text", "book templates - id and version number",
  "List the template IDs and version numbers for templates of the Book type.",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'BK'")
q(db, "filter-number", "templates with a version number below 3 (id, version, type code)",
  "Which templates are on version 0, 1 or 2? Show ID, version number and type code.",
  "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number < 3")
q(db, "aggregate", "average and highest template version number",
  "What is the mean version number across templates, and what is the largest one?",
  "SELECT AVG(Version_Number), MAX(Version_Number) FROM Templates")
q(db, "superlative", "Which document has the most paragraphs? name + paragraph count",
  "the document with the largest number of paragraphs, along with how many it has",
  "SELECT d.Document_Name, COUNT(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID "
  "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC LIMIT 1")
q(db, "group", "how many templates per template type description",
  "Count the templates under each template type, showing the type's description.",
  "SELECT r.Template_Type_Description, COUNT(*) FROM Ref_Template_Types AS r JOIN Templates AS t "
  "ON t.Template_Type_Code = r.Template_Type_Code GROUP BY r.Template_Type_Code")
q(db, "join", "for each document show its name, the template id and the template type description",
  "Documents with the type of template they use: document name, template ID, and what that template type is.",
  "SELECT d.Document_Name, t.Template_ID, r.Template_Type_Description FROM Documents AS d "
  "JOIN Templates AS t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types AS r ON r.Template_Type_Code = t.Template_Type_Code")
q(db, "set", "templates that no document uses - template id and type code",
  "Which templates are not used by any document? Give their IDs and type codes.",
  "SELECT Template_ID, Template_Type_Code FROM Templates WHERE Template_ID NOT IN (SELECT Template_ID FROM Documents)")
q(db, "ratio", "what percentage of templates are presentations?",
  "Of all templates, what share (in %) are of the Presentation type?",
  "SELECT 100.0 * SUM(CASE WHEN Template_Type_Code = 'PPT' THEN 1 ELSE 0 END) / COUNT(*) FROM Templates")
q(db, "compare-to-aggregate", "templates whose version is above the average version - id and version",
  "Show the ID and version number of every template with a version number greater than the mean version number.",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)")

# ---------------------------------------------------- employee_hire_evaluation
db = "employee_hire_evaluation"
q(db, "count", "how many employees are from Bristol?",
  "Number of employees whose city is Bristol.",
  "SELECT COUNT(*) FROM employee WHERE City = 'Bristol'")
q(db, "list", "list the shops w/ location, district and manager name",
  "Show every shop's name along with its location, district and who manages it.",
  "SELECT Name, Location, District, Manager_name FROM shop")
q(db, "filter-text", "Bath employees, name and age",
  "Which employees live in Bath? Show their names and ages.",
  "SELECT Name, Age FROM employee WHERE City = 'Bath'")
q(db, "filter-number", "shops with more than 10,000 products - name and product count",
  "Which shops carry over ten thousand products? Give shop name and number of products.",
  "SELECT Name, Number_products FROM shop WHERE Number_products > 10000")
q(db, "aggregate", "total and average bonus across all evaluations",
  "What is the sum of all bonuses awarded, and the mean bonus?",
  "SELECT SUM(Bonus), AVG(Bonus) FROM evaluation")
q(db, "superlative", "which employee got awarded the most times? name and number of awards",
  "Employee with the largest number of evaluation awards, together with that number.",
  "SELECT e.Name, COUNT(*) FROM employee AS e JOIN evaluation AS v ON v.Employee_ID = e.Employee_ID "
  "GROUP BY e.Employee_ID ORDER BY COUNT(*) DESC LIMIT 1")
q(db, "group", "for shops that have hired people: shop name and number of employees hired there",
  "For each shop that has hired anyone, how many employees did it hire? Show the shop name and the count.",
  "SELECT s.Name, COUNT(*) FROM hiring AS h JOIN shop AS s ON h.Shop_ID = s.Shop_ID GROUP BY s.Shop_ID")
q(db, "join", "employee name, shop name and start year for every hire",
  "Show who was hired where: the employee's name, the shop's name and the year they started.",
  "SELECT e.Name, s.Name, h.Start_from FROM hiring AS h JOIN employee AS e ON h.Employee_ID = e.Employee_ID "
  "JOIN shop AS s ON h.Shop_ID = s.Shop_ID")
q(db, "set", "employees who never got an evaluation bonus - name and city",
  "Which employees have no evaluation record at all? List their names and cities.",
  "SELECT Name, City FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)")
q(db, "ratio", "what percentage of hires are full-time",
  "Out of all hiring records, what share in percent are full time positions?",
  "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring")
q(db, "compare-to-aggregate", "shops with more products than average: name, number of products",
  "List the name and product count of the shops whose product count beats the average across shops.",
  "SELECT Name, Number_products FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)")

# ---------------------------------------------------------------- museum_visit
db = "museum_visit"
q(db, "count", "how many museums opened after 2010?",
  "Number of museums with an opening year later than 2010.",
  "SELECT COUNT(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010")
q(db, "list", "all museums with staff numbers and the year they opened",
  "Show each museum's name, how many staff it has, and its opening year.",
  "SELECT Name, Num_of_Staff, Open_Year FROM museum")
q(db, "filter-text", "museums with 'Plaza' in the name, name + staff count",
  "Which museums have Plaza in their name? Give name and number of staff.",
  "SELECT Name, Num_of_Staff FROM museum WHERE Name LIKE '%Plaza%'")
q(db, "filter-number", "visitors in their twenties - name and age",
  "Show the names and ages of visitors aged 20 to 29.",
  "SELECT Name, Age FROM visitor WHERE Age BETWEEN 20 AND 29")
q(db, "aggregate", "total tickets sold and total amount spent over all visits",
  "Across every visit, how many tickets were bought in total and how much money was spent?",
  "SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit")
q(db, "superlative", "visitor who spent the most in total, name and amount",
  "Which visitor has the highest combined spending over all their visits? Show the name and that total.",
  "SELECT vi.Name, SUM(v.Total_spent) FROM visit AS v JOIN visitor AS vi ON v.visitor_ID = vi.ID "
  "GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC LIMIT 1")
q(db, "group", "for each museum that's had visits: name, number of visits, total tickets",
  "Per museum, count the visits and add up the tickets sold (only museums with at least one visit), with the museum name.",
  "SELECT m.Name, COUNT(*), SUM(v.Num_of_Ticket) FROM visit AS v JOIN museum AS m ON v.Museum_ID = m.Museum_ID GROUP BY m.Museum_ID")
q(db, "join", "visit details - visitor name, museum name, number of tickets",
  "For each visit, show who visited, which museum it was and how many tickets they bought.",
  "SELECT vi.Name, m.Name, v.Num_of_Ticket FROM visit AS v JOIN visitor AS vi ON v.visitor_ID = vi.ID "
  "JOIN museum AS m ON v.Museum_ID = m.Museum_ID")
q(db, "set", "visitors who've been to both the Plaza Museum and Capital Plaza Museum - name and age",
  "Which visitors visited Plaza Museum and also Capital Plaza Museum? Give their names and ages.",
  "SELECT vi.Name, vi.Age FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID JOIN museum AS m ON m.Museum_ID = v.Museum_ID "
  "WHERE m.Name = 'Plaza Museum' INTERSECT SELECT vi.Name, vi.Age FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID "
  "JOIN museum AS m ON m.Museum_ID = v.Museum_ID WHERE m.Name = 'Capital Plaza Museum'")
q(db, "ratio", "what share of total visitor spending went to the Plaza Museum, in %",
  "Percentage of all money spent on visits that was spent at Plaza Museum.",
  "SELECT 100.0 * SUM(CASE WHEN m.Name = 'Plaza Museum' THEN v.Total_spent ELSE 0 END) / SUM(v.Total_spent) "
  "FROM visit AS v JOIN museum AS m ON v.Museum_ID = m.Museum_ID")
q(db, "compare-to-aggregate", "museums with more staff than average, name and staff count",
  "Which museums employ more people than the average museum does? Show name and number of staff.",
  "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)")

# ------------------------------------------------------------------- orchestra
db = "orchestra"
q(db, "count", "how many american conductors are there?",
  "Count the conductors whose nationality is USA.",
  "SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'")
q(db, "list", "conductor names, ages and nationalities",
  "Show all conductors with their age and nationality.",
  "SELECT Name, Age, Nationality FROM conductor")
q(db, "filter-text", "orchestras on Decca - name and year founded",
  "Which orchestras record with Decca Records? Show the orchestra and the year it was founded.",
  "SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'")
q(db, "filter-number", "conductors with over 15 years of work - name, years",
  "List the names and years of work of conductors who have worked more than fifteen years.",
  "SELECT Name, Year_of_Work FROM conductor WHERE Year_of_Work > 15")
q(db, "aggregate", "average and highest official rating (millions) across performances",
  "What are the mean and the maximum official ratings, in millions, of the performances?",
  "SELECT AVG(\"Official_ratings_(millions)\"), MAX(\"Official_ratings_(millions)\") FROM performance")
q(db, "superlative", "Who has worked the most years as a conductor? name and years",
  "the conductor with the longest year of work, plus that number of years",
  "SELECT Name, Year_of_Work FROM conductor ORDER BY Year_of_Work DESC LIMIT 1")
q(db, "group", "number of orchestras by major record format",
  "Group the orchestras by their main record format and count each group.",
  "SELECT Major_Record_Format, COUNT(*) FROM orchestra GROUP BY Major_Record_Format")
q(db, "join", "each orchestra with its conductor's name and nationality",
  "Show every orchestra alongside the name and nationality of the person conducting it.",
  "SELECT o.Orchestra, c.Name, c.Nationality FROM orchestra AS o JOIN conductor AS c ON o.Conductor_ID = c.Conductor_ID")
q(db, "set", "record companies that have orchestras founded before 2003 and also ones founded after 2003",
  "Which record companies are used both by an orchestra founded earlier than 2003 and by one founded later than 2003?",
  "SELECT Record_Company FROM orchestra WHERE Year_of_Founded < 2003 INTERSECT "
  "SELECT Record_Company FROM orchestra WHERE Year_of_Founded > 2003")
q(db, "ratio", "percentage of conductors from the UK",
  "What percent of all conductors have British (UK) nationality?",
  "SELECT 100.0 * SUM(CASE WHEN Nationality = 'UK' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor")
q(db, "compare-to-aggregate", "performances rated above the average rating: type, date and rating",
  "Which performances got official ratings higher than the mean rating? Show their type, date and rating.",
  "SELECT Type, Date, \"Official_ratings_(millions)\" FROM performance "
  "WHERE \"Official_ratings_(millions)\" > (SELECT AVG(\"Official_ratings_(millions)\") FROM performance)")

# ---------------------------------------------------------------- poker_player
db = "poker_player"
q(db, "count", "how many russian poeple are there",
  "Count the people whose nationality is Russia.",
  "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'")
q(db, "list", "everyone's name, birth date and height",
  "Show all people with their date of birth and height.",
  "SELECT Name, Birth_Date, Height FROM people")
q(db, "filter-text", "people born in 1986 - name and birth date",
  "Who was born in the year 1986? List names and birth dates.",
  "SELECT Name, Birth_Date FROM people WHERE Birth_Date LIKE '%1986'")
q(db, "filter-number", "poker players who earned over $200,000 - name and earnings",
  "Which poker players have earnings above 200k? Show their names and earnings.",
  "SELECT pe.Name, pp.Earnings FROM poker_player AS pp JOIN people AS pe ON pp.People_ID = pe.People_ID WHERE pp.Earnings > 200000")
q(db, "aggregate", "avg earnings of poker players and the most final tables made",
  "What is the mean of the players' earnings, and the highest number of final tables any player has made?",
  "SELECT AVG(Earnings), MAX(Final_Table_Made) FROM poker_player")
q(db, "superlative", "tallest poker player - name, height, earnings",
  "Among poker players, who is the tallest? Give name, height and earnings.",
  "SELECT pe.Name, pe.Height, pp.Earnings FROM poker_player AS pp JOIN people AS pe ON pp.People_ID = pe.People_ID "
  "ORDER BY pe.Height DESC LIMIT 1")
q(db, "group", "count of people per nationality",
  "How many people are there of each nationality?",
  "SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality")
q(db, "join", "poker players' names with their best finish and money rank",
  "For every poker player show the person's name, best finish and money rank.",
  "SELECT pe.Name, pp.Best_Finish, pp.Money_Rank FROM poker_player AS pp JOIN people AS pe ON pp.People_ID = pe.People_ID")
q(db, "set", "people who aren't poker players - name and nationality",
  "List the name and nationality of every person who does not appear as a poker player.",
  "SELECT Name, Nationality FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)")
q(db, "ratio", "what % of total poker earnings belongs to Russian players",
  "Russian players' share of all poker player earnings, as a percentage.",
  "SELECT 100.0 * SUM(CASE WHEN pe.Nationality = 'Russia' THEN pp.Earnings ELSE 0 END) / SUM(pp.Earnings) "
  "FROM poker_player AS pp JOIN people AS pe ON pp.People_ID = pe.People_ID")
q(db, "compare-to-aggregate", "players earning more than the average - name and earnings",
  "Which poker players have above-average earnings? Show name and earnings.",
  "SELECT pe.Name, pp.Earnings FROM poker_player AS pp JOIN people AS pe ON pp.People_ID = pe.People_ID "
  "WHERE pp.Earnings > (SELECT AVG(Earnings) FROM poker_player)")

# ---------------------------------------------------------------------- singer
db = "singer"
q(db, "count", "How many American singers?",
  "Number of singers whose citizenship is United States.",
  "SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'")
q(db, "list", "song titles and their sales",
  "Show every song's title together with how many copies it sold.",
  "SELECT Title, Sales FROM song")
q(db, "filter-text", "singers not from the US: name and citizenship",
  "Which singers have a citizenship other than United States? Show name and citizenship.",
  "SELECT Name, Citizenship FROM singer WHERE Citizenship != 'United States'")
q(db, "filter-number", "songs that sold more than 300k - title, sales",
  "List the titles and sales of songs with sales above 300,000.",
  "SELECT Title, Sales FROM song WHERE Sales > 300000")
q(db, "aggregate", "combined and average net worth of all singers (millions)",
  "What is the total net worth of the singers, and the mean, in millions?",
  "SELECT SUM(Net_Worth_Millions), AVG(Net_Worth_Millions) FROM singer")
q(db, "superlative", "richest singer - name and net worth",
  "Which singer has the highest net worth, and how much is it?",
  "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1")
q(db, "group", "how many singers per citizenship",
  "Count singers for each citizenship.",
  "SELECT Citizenship, COUNT(*) FROM singer GROUP BY Citizenship")
q(db, "join", "every song with its singer and highest chart position",
  "Show song title, the name of the singer, and the highest position the song reached.",
  "SELECT so.Title, si.Name, so.Highest_Position FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID")
q(db, "set", "citizenships that have a singer born before 1945 and also a singer born after 1955",
  "Which citizenships include both someone born earlier than 1945 and someone born later than 1955?",
  "SELECT Citizenship FROM singer WHERE Birth_Year < 1945 INTERSECT SELECT Citizenship FROM singer WHERE Birth_Year > 1955")
q(db, "ratio", "what share of song sales comes from Liliane Bettencourt's songs, percent",
  "Percentage of total song sales accounted for by songs by Liliane Bettencourt.",
  "SELECT 100.0 * SUM(CASE WHEN si.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / SUM(so.Sales) "
  "FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID")
q(db, "compare-to-aggregate", "singers worth more than the average: name, net worth, birth year",
  "Which singers have a net worth above the mean? Give their names, net worth and year of birth.",
  "SELECT Name, Net_Worth_Millions, Birth_Year FROM singer WHERE Net_Worth_Millions > (SELECT AVG(Net_Worth_Millions) FROM singer)")

# ---------------------------------------------------------------------- tvshow
db = "tvshow"
q(db, "count", "how many channels broadcast in english?",
  "Number of TV channels whose language is English.",
  "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'English'")
q(db, "list", "cartoons - title, director, writer",
  "Show all cartoons with who directed them and who wrote them.",
  "SELECT Title, Directed_by, Written_by FROM Cartoon")
q(db, "filter-text", "ben jones cartoons, title and original air date",
  "Which cartoons were directed by Ben Jones? Give the title and when it first aired.",
  "SELECT Title, Original_air_date FROM Cartoon WHERE Directed_by = 'Ben Jones'")
q(db, "filter-number", "episodes with over 8m viewers - episode name and viewers",
  "Which TV series episodes drew more than 8 million viewers? Show the episode and viewer figure.",
  "SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 8")
q(db, "aggregate", "average share plus best and worst weekly rank of the tv series episodes",
  "Across TV series episodes, what are the mean share and the minimum and maximum weekly rank?",
  "SELECT AVG(Share), MIN(Weekly_Rank), MAX(Weekly_Rank) FROM TV_series")
q(db, "superlative", "top 3 episodes by viewers (episode + viewers)",
  "Which three episodes had the largest audiences? Give episode names and viewers in millions.",
  "SELECT Episode, Viewers_m FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 3")
q(db, "group", "number of tv channels per country",
  "How many channels does each country have?",
  "SELECT Country, COUNT(*) FROM TV_Channel GROUP BY Country")
q(db, "join", "cartoon titles with the channel's series name and country",
  "For each cartoon, show its title plus the series name and country of the channel that airs it.",
  "SELECT c.Title, t.series_name, t.Country FROM Cartoon AS c JOIN TV_Channel AS t ON c.Channel = t.id")
q(db, "set", "channels that aired cartoons by both Ben Jones and Michael Chang - series name",
  "Which channels show a cartoon directed by Ben Jones and also one directed by Michael Chang? Give the series name.",
  "SELECT t.series_name FROM TV_Channel AS t JOIN Cartoon AS c ON c.Channel = t.id WHERE c.Directed_by = 'Ben Jones' "
  "INTERSECT SELECT t.series_name FROM TV_Channel AS t JOIN Cartoon AS c ON c.Channel = t.id WHERE c.Directed_by = 'Michael Chang'")
q(db, "ratio", "percent of channels that are HD",
  "What share of TV channels, in percent, offer high definition?",
  "SELECT 100.0 * SUM(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel")
q(db, "compare-to-aggregate", "episodes with an above-average share: episode, air date, share",
  "Which episodes have a share higher than the average episode share? Show episode, air date and share.",
  "SELECT Episode, Air_Date, Share FROM TV_series WHERE Share > (SELECT AVG(Share) FROM TV_series)")

# --------------------------------------------------------------------- world_1
db = "world_1"
q(db, "count", "How many countries are in Europe?",
  "number of European countries",
  "SELECT COUNT(*) FROM country WHERE Continent = 'Europe'")
q(db, "list", "every continent / region combination",
  "List the distinct pairs of continent and region that appear among the countries.",
  "SELECT DISTINCT Continent, Region FROM country")
q(db, "filter-text", "cities in the Netherlands with district and population",
  "Show the Dutch cities: name, district and number of inhabitants.",
  "SELECT Name, District, Population FROM city WHERE CountryCode = 'NLD'")
q(db, "filter-number", "cities with over 5m people - name and population",
  "Which cities have a population above five million? Give city name and population.",
  "SELECT Name, Population FROM city WHERE Population > 5000000")
q(db, "aggregate", "total population and average life expectancy in Africa",
  "For African countries, what's the combined population and the mean life expectancy?",
  "SELECT SUM(Population), AVG(LifeExpectancy) FROM country WHERE Continent = 'Africa'")
q(db, "superlative", "5 most populous cities with their country and population",
  "Top five cities by population: show each city, the country it is in, and its population.",
  "SELECT ci.Name, co.Name, ci.Population FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code "
  "ORDER BY ci.Population DESC LIMIT 5")
q(db, "group", "number of countries and total population for each continent",
  "Per continent, how many countries are there and what is their summed population?",
  "SELECT Continent, COUNT(*), SUM(Population) FROM country GROUP BY Continent")
q(db, "join", "languages spoken in switzerland and their percentages",
  "What languages are spoken in Switzerland, and what percentage of people speak each?",
  "SELECT cl.Language, cl.Percentage FROM countrylanguage AS cl JOIN country AS c ON c.Code = cl.CountryCode WHERE c.Name = 'Switzerland'")
q(db, "set", "countries where both English and French are official",
  "Which countries have English as an official language and French as an official language too?",
  "SELECT c.Name FROM country AS c JOIN countrylanguage AS cl ON c.Code = cl.CountryCode WHERE cl.Language = 'English' AND cl.IsOfficial = 'T' "
  "INTERSECT SELECT c.Name FROM country AS c JOIN countrylanguage AS cl ON c.Code = cl.CountryCode WHERE cl.Language = 'French' AND cl.IsOfficial = 'T'")
q(db, "ratio", "share of the world population living in Asia (%)",
  "What percentage of the total population of all countries lives in Asian countries?",
  "SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country")
q(db, "compare-to-aggregate", "european countries whose GNP is above the european average - name and GNP",
  "Which countries in Europe have a GNP higher than the mean GNP of European countries? Show name and GNP.",
  "SELECT Name, GNP FROM country WHERE Continent = 'Europe' AND GNP > (SELECT AVG(GNP) FROM country WHERE Continent = 'Europe')")


# ================================================================== checks
def split_top(s):
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def tie_check(conn, sql):
    m = re.search(r"\bLIMIT\s+(\d+)\s*;?\s*$", sql, re.I)
    if not m:
        return None
    n = int(m.group(1))
    body = sql[:m.start()].rstrip()
    idx = body.upper().rfind("ORDER BY")
    if idx < 0:
        return "LIMIT without ORDER BY"
    exprs = [re.sub(r"\s+(ASC|DESC)$", "", e, flags=re.I) for e in split_top(body[idx + 8:])]
    sm = re.match(r"\s*SELECT\s+(DISTINCT\s+)?", body, re.I)
    if not sm or sm.group(1):
        return "cannot tie-check (not a plain SELECT)"
    probe = body[:sm.end()] + ", ".join(exprs) + ", " + body[sm.end():]
    rows = conn.execute(probe).fetchall()
    k = len(exprs)
    if len(rows) > n and tuple(rows[n - 1][:k]) == tuple(rows[n][:k]):
        return "tie at row %d on %s: %r" % (n, exprs, rows[n - 1][:k])
    return None


def main():
    errors = []
    multi = 0
    per_db = Counter(x["db_id"] for x in Q)
    per_kind = Counter(x["kind"] for x in Q)
    for d, n in EXPECTED.items():
        if per_db[d] != n:
            errors.append("%s has %d questions, expected %d" % (d, per_db[d], n))
        kinds = [x["kind"] for x in Q if x["db_id"] == d]
        if len(set(kinds)) != len(kinds):
            errors.append("%s repeats a kind: %s" % (d, Counter(kinds).most_common(2)))
    for d in per_db:
        if d not in EXPECTED:
            errors.append("unexpected db %s" % d)
    seen = set()
    conns = {}
    for i, x in enumerate(Q):
        tag = "#%d %s [%s]" % (i, x["db_id"], x["kind"])
        if x["kind"] not in KINDS:
            errors.append(tag + " unknown kind")
        for t in (x["question"].lower(), x["paraphrase"].lower()):
            if t in seen:
                errors.append(tag + " duplicate text: " + t)
            seen.add(t)
        if x["question"].strip().lower() == x["paraphrase"].strip().lower():
            errors.append(tag + " paraphrase equals question")
        path = os.path.join(DB_ROOT, x["db_id"], x["db_id"] + ".sqlite")
        if x["db_id"] not in conns:
            conns[x["db_id"]] = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        conn = conns[x["db_id"]]
        try:
            cur = conn.execute(x["query"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except sqlite3.Error as e:
            errors.append(tag + " SQL error: %s" % e)
            continue
        if not rows:
            errors.append(tag + " empty result")
            continue
        if all(v is None for r in rows for v in r):
            errors.append(tag + " all-NULL result")
        try:
            t = tie_check(conn, x["query"])
        except sqlite3.Error as e:
            t = "tie-check SQL error: %s" % e
        if t:
            errors.append(tag + " " + t)
        if ncols >= 2:
            multi += 1
    if errors:
        print("FAILED, nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(Q, f, ensure_ascii=False, indent=2)
    print("wrote %s: %d questions over %d databases" % (OUT, len(Q), len(per_db)))
    print("per kind:", dict(sorted(per_kind.items())))
    print("questions returning >=2 columns: %d" % multi)


if __name__ == "__main__":
    main()
