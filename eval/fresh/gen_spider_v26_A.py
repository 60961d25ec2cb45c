#!/usr/bin/env python3
"""Blind held-out set v26, half A: 11 kinds x 10 Spider databases.
Writes /tmp/blind26/spider_v26_A.json only if every check passes."""
import json, os, re, sqlite3, sys
from collections import Counter

DBROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind26/spider_v26_A.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# each item: (kind, question, paraphrase, query[, tie_sql])
# tie_sql = the ORDER BY key, same order, no LIMIT -> used to reject tied cut-offs
ITEMS = {}

ITEMS["battle_death"] = [
    ("count",
     "how many of the death records come from Chhattisgarh?",
     "Number of casualty entries whose note places them in the state of Chhattisgarh",
     "SELECT COUNT(*) FROM death WHERE note LIKE '%Chhattisgarh%' OR note LIKE '%Chattisgarh%'"),
    ("list",
     "show me every battle w/ its date and result",
     "Give the name, date and outcome of all battles on file.",
     "SELECT name, date, result FROM battle"),
    ("filter-text",
     "battles where Kaloyan led the Bulgarians - name and date pls",
     "For which battles was Kaloyan the commander on the Bulgarian side? Include when each one took place.",
     "SELECT name, date FROM battle WHERE bulgarian_commander = 'Kaloyan'"),
    ("filter-number",
     "death entries with more than ten people killed: note + killed count",
     "Which casualty records list over 10 fatalities? Show the location note and how many died.",
     "SELECT note, killed FROM death WHERE killed > 10"),
    ("aggregate",
     "total killed and total injured across all death records",
     "Summed over every casualty entry, how many people died and how many were hurt?",
     "SELECT SUM(killed), SUM(injured) FROM death"),
    ("superlative",
     "Which ship is responsible for the highest total deaths? give the ship name and that total",
     "Name the vessel whose casualty records add up to the most people killed, along with the sum.",
     "SELECT s.name, SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
     "GROUP BY s.id ORDER BY SUM(d.killed) DESC LIMIT 1",
     "SELECT SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id GROUP BY s.id ORDER BY 1 DESC"),
    ("group",
     "count of battles by result",
     "How many battles ended with each kind of outcome?",
     "SELECT result, COUNT(*) FROM battle GROUP BY result"),
    ("join",
     "list each ship, the battle it was lost in, and what happened to the ship",
     "For every vessel: which battle did it go down in, and what was its fate (captured, sunk...)?",
     "SELECT s.name, b.name, s.disposition_of_ship FROM ship s JOIN battle b ON s.lost_in_battle = b.id"),
    ("set",
     "battles where we don't have any ship lost — name and date",
     "Which battles have no lost vessels recorded against them? Give their names and dates.",
     "SELECT name, date FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)"),
    ("ratio",
     "what % of death records have zero killed?",
     "As a percentage, how many of the casualty entries report nobody dead?",
     "SELECT 100.0 * SUM(CASE WHEN killed = 0 THEN 1 ELSE 0 END) / COUNT(*) FROM death"),
    ("compare-to-aggregate",
     "death records where the killed number is above avg - note, killed, injured",
     "Which casualty entries have more fatalities than the mean over all entries? List the note, deaths and injuries.",
     "SELECT note, killed, injured FROM death WHERE killed > (SELECT AVG(killed) FROM death)"),
]

ITEMS["concert_singer"] = [
    ("count",
     "how many female singrs are there",
     "Count the singers who are women.",
     "SELECT COUNT(*) FROM singer WHERE Is_male = 'F'"),
    ("list",
     "List all stadiums with their location and capacity",
     "For every venue give its name, where it is, and how many people it holds.",
     "SELECT Name, Location, Capacity FROM stadium"),
    ("filter-text",
     "singers from France and how old they are",
     "Give the names and ages of the French singers.",
     "SELECT Name, Age FROM singer WHERE Country = 'France'"),
    ("filter-number",
     "which stadiums have a capacity over 10,000? name and capacity",
     "Venues able to take more than ten thousand people, together with their capacity",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
    ("aggregate",
     "avg, youngest and oldest singer age",
     "What's the mean age of our singers, and the minimum and maximum age?",
     "SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer"),
    ("superlative",
     "stadium w/ the highest average attendance?",
     "Which venue draws the biggest crowd on average?",
     "SELECT Name FROM stadium ORDER BY Average DESC LIMIT 1",
     "SELECT Average FROM stadium ORDER BY Average DESC"),
    ("group",
     "# of concerts per year",
     "How many concerts were staged in each year?",
     "SELECT Year, COUNT(*) FROM concert GROUP BY Year"),
    ("join",
     "each concert name with the stadium it was held at and that stadium's location",
     "For every concert, which venue hosted it and where is that venue?",
     "SELECT c.concert_Name, s.Name, s.Location FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID"),
    ("set",
     "stadiums that never hosted any concert",
     "Which venues have zero concerts on record?",
     "SELECT Name FROM stadium WHERE Stadium_ID NOT IN (SELECT Stadium_ID FROM concert WHERE Stadium_ID IS NOT NULL)"),
    ("ratio",
     "what percentage of the singers are male",
     "Out of all singers, how many percent are men?",
     "SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
    ("compare-to-aggregate",
     "stadiums bigger than the average capacity - name & capacity",
     "Which venues can hold more than the typical (mean) stadium? Show each with its capacity.",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > (SELECT AVG(Capacity) FROM stadium)"),
]

ITEMS["cre_Doc_Template_Mgt"] = [
    ("count",
     "how many book templates do we have",
     "Number of templates whose type is Book",
     "SELECT COUNT(*) FROM Templates t JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code "
     "WHERE r.Template_Type_Description = 'Book'"),
    ("list",
     "list all documents: id, name, and which template they use",
     "Show every document's ID and title together with the ID of its template.",
     "SELECT Document_ID, Document_Name, Template_ID FROM Documents"),
    ("filter-text",
     "presentation templates - show id and version #",
     "Give the template IDs and version numbers of the templates meant for presentations (PowerPoint).",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'"),
    ("filter-number",
     "templates with a version number greater than six, incl. their type code",
     "Which templates are on a version above 6? Show id, version and type code.",
     "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 6"),
    ("aggregate",
     "earliest and latest 'effective from' date across templates",
     "Over all templates, when did the first one become effective and when did the last one?",
     "SELECT MIN(Date_Effective_From), MAX(Date_Effective_From) FROM Templates"),
    ("superlative",
     "which doc has the most paragraphs, and how many does it have?",
     "Name the document with the largest paragraph count, plus that count.",
     "SELECT d.Document_Name, COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
     "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC LIMIT 1",
     "SELECT COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID ORDER BY 1 DESC"),
    ("group",
     "template count by type - use the type description, not the code",
     "For each kind of template (spelled out, e.g. Presentation), how many templates exist?",
     "SELECT r.Template_Type_Description, COUNT(t.Template_ID) FROM Ref_Template_Types r "
     "LEFT JOIN Templates t ON t.Template_Type_Code = r.Template_Type_Code GROUP BY r.Template_Type_Code"),
    ("join",
     "each document name along w/ the type of template it's based on (description)",
     "For every document, show its name and the description of its template's type.",
     "SELECT d.Document_Name, r.Template_Type_Description FROM Documents d "
     "JOIN Templates t ON d.Template_ID = t.Template_ID "
     "JOIN Ref_Template_Types r ON t.Template_Type_Code = r.Template_Type_Code"),
    ("set",
     "ids of templates that no document uses",
     "Which templates aren't referenced by a single document? IDs only.",
     "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
    ("ratio",
     "what percent of templates are paper templates?",
     "Paper-type templates as a percentage of all templates",
     "SELECT 100.0 * SUM(CASE WHEN Template_Type_Code = 'PP' THEN 1 ELSE 0 END) / COUNT(*) FROM Templates"),
    ("compare-to-aggregate",
     "templates whose version is above the average version: id + version",
     "List the templates sitting on a higher version number than the mean, with that version.",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > (SELECT AVG(Version_Number) FROM Templates)"),
]

ITEMS["employee_hire_evaluation"] = [
    ("count",
     "how many employees are based in Bristol",
     "Count of staff whose city is Bristol",
     "SELECT COUNT(*) FROM employee WHERE City = 'Bristol'"),
    ("list",
     "show all shops with location + manager name",
     "Every shop's name, the town it's in, and who manages it",
     "SELECT Name, Location, Manager_name FROM shop"),
    ("filter-text",
     "who lives in Bath? names and ages",
     "Give me the employees from the city of Bath together with their age.",
     "SELECT Name, Age FROM employee WHERE City = 'Bath'"),
    ("filter-number",
     "shops carrying more than 10,000 products – name and product count",
     "Which stores stock over ten thousand products? Show the store and its number of products.",
     "SELECT Name, Number_products FROM shop WHERE Number_products > 10000"),
    ("aggregate",
     "total bonus money paid out and the avg bonus",
     "Across all evaluations, what is the sum of bonuses and the mean bonus?",
     "SELECT SUM(Bonus), AVG(Bonus) FROM evaluation"),
    ("superlative",
     "who got the biggest single bonus",
     "Which employee was awarded the largest one-off bonus?",
     "SELECT e.Name FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID ORDER BY v.Bonus DESC LIMIT 1",
     "SELECT v.Bonus FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID ORDER BY v.Bonus DESC"),
    ("group",
     "employee headcount by city",
     "How many staff members come from each city?",
     "SELECT City, COUNT(*) FROM employee GROUP BY City"),
    ("join",
     "list every hired employee with their shop name and the year they started",
     "For each person who's been hired, which shop took them on and since when?",
     "SELECT e.Name, s.Name, h.Start_from FROM hiring h JOIN employee e ON h.Employee_ID = e.Employee_ID "
     "JOIN shop s ON h.Shop_ID = s.Shop_ID"),
    ("set",
     "employees that were never hired at any shop",
     "Which people on the employee list have no hiring record at all?",
     "SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM hiring)"),
    ("ratio",
     "what % of hires are full-time?",
     "Share of hiring records that are full-time positions, in percent",
     "SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
    ("compare-to-aggregate",
     "staff older than the average age — show name, age and city",
     "Which employees are above the mean employee age? Include how old they are and where they live.",
     "SELECT Name, Age, City FROM employee WHERE Age > (SELECT AVG(Age) FROM employee)"),
]

ITEMS["museum_visit"] = [
    ("count",
     "how many different visitors have actually been to a museum?",
     "Number of distinct people who appear in the visit records",
     "SELECT COUNT(DISTINCT visitor_ID) FROM visit"),
    ("list",
     "list the visitors with their membership level and age",
     "Every visitor's name, membership tier and age",
     "SELECT TRIM(Name), Level_of_membership, Age FROM visitor"),
    ("filter-text",
     "museums with 'Plaza' in the name + how many staff they have",
     "Which museums are called something-Plaza? Give their names and staff numbers.",
     "SELECT Name, Num_of_Staff FROM museum WHERE Name LIKE '%Plaza%'"),
    ("filter-number",
     "museums that opened after 2009 — name and opening year",
     "Which museums first opened their doors later than two thousand nine, and in what year?",
     "SELECT Name, Open_Year FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009"),
    ("aggregate",
     "total tix sold and total amount spent over all visits",
     "Summing every visit, how many tickets were bought and how much money was spent?",
     "SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit"),
    ("superlative",
     "who spent the most money across all their visits? name and total",
     "Which visitor has the biggest combined spend over their museum trips, and how much was it?",
     "SELECT TRIM(vi.Name), SUM(v.Total_spent) FROM visitor vi JOIN visit v ON vi.ID = v.visitor_ID "
     "GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC LIMIT 1",
     "SELECT SUM(v.Total_spent) FROM visitor vi JOIN visit v ON vi.ID = v.visitor_ID GROUP BY vi.ID ORDER BY 1 DESC"),
    ("group",
     "how many museums opened each year",
     "Number of museums by opening year",
     "SELECT Open_Year, COUNT(*) FROM museum GROUP BY Open_Year"),
    ("join",
     "every visit: visitor name, museum name, # of tickets",
     "For each visit, who went, to which museum, and how many tickets did they buy?",
     "SELECT TRIM(vi.Name), m.Name, v.Num_of_Ticket FROM visit v JOIN visitor vi ON v.visitor_ID = vi.ID "
     "JOIN museum m ON v.Museum_ID = m.Museum_ID"),
    ("set",
     "museums no one has visited",
     "Which museums have no visits logged at all?",
     "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
    ("ratio",
     "overall, how much was spent per ticket? (total spent / total tickets)",
     "Across all visits, what's the average money spent for each ticket bought?",
     "SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit"),
    ("compare-to-aggregate",
     "museums w/ more staff than average: name and staff",
     "Which museums employ more people than the mean museum does? Show the staff figure too.",
     "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)"),
]

ITEMS["orchestra"] = [
    ("count",
     "how many American conductors are there",
     "Number of conductors with US nationality",
     "SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'"),
    ("list",
     "orchestras with their record company and the year they were founded",
     "Show each orchestra, its label and founding year.",
     "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra"),
    ("filter-text",
     "brit conductors and their ages",
     "Which conductors are from the United Kingdom, and how old are they?",
     "SELECT Name, Age FROM conductor WHERE Nationality = 'UK'"),
    ("filter-number",
     "performances that made the weekly top 10 — type, date and rank",
     "Which performances ranked tenth or better in the weekly chart? Give type, date and the rank.",
     "SELECT Type, Date, Weekly_rank FROM performance "
     "WHERE TRIM(Weekly_rank) GLOB '[0-9]*' AND CAST(Weekly_rank AS INTEGER) <= 10"),
    ("aggregate",
     "avg and peak official rating (millions) over all performances",
     "What are the mean and the highest official viewing figures, in millions, across performances?",
     'SELECT AVG("Official_ratings_(millions)"), MAX("Official_ratings_(millions)") FROM performance'),
    ("superlative",
     "which conductor has put in the most years of work?",
     "Name the conductor with the longest working career in years.",
     "SELECT Name FROM conductor ORDER BY Year_of_Work DESC LIMIT 1",
     "SELECT Year_of_Work FROM conductor ORDER BY Year_of_Work DESC"),
    ("group",
     "number of orchestras for each major record format",
     "How many orchestras mainly release on each format?",
     "SELECT Major_Record_Format, COUNT(*) FROM orchestra GROUP BY Major_Record_Format"),
    ("join",
     "each orchestra w/ its conductor's name and nationality",
     "For every orchestra, who conducts it and where is that conductor from?",
     "SELECT o.Orchestra, c.Name, c.Nationality FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID"),
    ("set",
     "which orchestras don't have any performances on record",
     "List the orchestras that never show up in the performance table.",
     "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
    ("ratio",
     "what percentage of conductors are French?",
     "Conductors of French nationality as a % of all conductors",
     "SELECT 100.0 * SUM(CASE WHEN Nationality = 'France' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor"),
    ("compare-to-aggregate",
     "conductors older than the avg conductor age, with their age",
     "Who among the conductors is above the mean age? Show names and ages.",
     "SELECT Name, Age FROM conductor WHERE Age > (SELECT AVG(Age) FROM conductor)"),
]

ITEMS["poker_player"] = [
    ("count",
     "how many Russians are in the people table",
     "Count the people whose nationality is Russia.",
     "SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'"),
    ("list",
     "everyone in people: name, nationality, height",
     "List all the people along with where they're from and how tall they are.",
     "SELECT Name, Nationality, Height FROM people"),
    ("filter-text",
     "the Bulgarian people - name and birthday",
     "Who is from Bulgaria, and when were they born?",
     "SELECT Name, Birth_Date FROM people WHERE Nationality = 'Bulgaria'"),
    ("filter-number",
     "people born before 1985, with their birth date",
     "Which people were born earlier than nineteen eighty-five? Show name and date of birth.",
     "SELECT Name, Birth_Date FROM people WHERE CAST(TRIM(SUBSTR(TRIM(Birth_Date), -4)) AS INTEGER) < 1985"),
    ("aggregate",
     "avg poker earnings and the max # of final tables made",
     "Across poker players, what's the mean amount earned and the highest count of final tables reached?",
     "SELECT AVG(Earnings), MAX(Final_Table_Made) FROM poker_player"),
    ("superlative",
     "who's the tallest poker player and how tall",
     "Among the poker players, name the one with the greatest height, plus the height.",
     "SELECT p.Name, p.Height FROM people p JOIN poker_player pp ON p.People_ID = pp.People_ID "
     "ORDER BY p.Height DESC LIMIT 1",
     "SELECT p.Height FROM people p JOIN poker_player pp ON p.People_ID = pp.People_ID ORDER BY p.Height DESC"),
    ("group",
     "how many people per nationality",
     "Break down the number of people by country of nationality.",
     "SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality"),
    ("join",
     "poker players' names with their money rank & best finish",
     "For each poker player give the person's name, their money ranking and their best finishing place.",
     "SELECT p.Name, pp.Money_Rank, pp.Best_Finish FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID"),
    ("set",
     "names of people who aren't poker players",
     "Which people have no poker player record?",
     "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    ("ratio",
     "what percentage of the people are poker players",
     "Of everyone in the people list, how many percent also appear as poker players?",
     "SELECT 100.0 * (SELECT COUNT(DISTINCT People_ID) FROM poker_player) / COUNT(*) FROM people"),
    ("compare-to-aggregate",
     "players earning above the average earnings — names + earnings",
     "Which poker players have won more money than the mean player? Show name and earnings.",
     "SELECT p.Name, pp.Earnings FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID "
     "WHERE pp.Earnings > (SELECT AVG(Earnings) FROM poker_player)"),
]

ITEMS["singer"] = [
    ("count",
     "how many singers are american citizens",
     "Number of singers holding US citizenship",
     "SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'"),
    ("list",
     "all songs w/ their sales and highest chart position",
     "List every song title with how many copies it sold and its peak position.",
     "SELECT Title, Sales, Highest_Position FROM song"),
    ("filter-text",
     "singers that aren't from the US — name + citizenship",
     "Which singers hold a citizenship other than American? Give the country too.",
     "SELECT Name, Citizenship FROM singer WHERE Citizenship <> 'United States'"),
    ("filter-number",
     "singers born before 1945 and their birth year",
     "Who was born earlier than nineteen forty-five, and in which year?",
     "SELECT Name, Birth_Year FROM singer WHERE Birth_Year < 1945"),
    ("aggregate",
     "total song sales and average sales per song",
     "Sum of all song sales, plus the mean sales figure per song",
     "SELECT SUM(Sales), AVG(Sales) FROM song"),
    ("superlative",
     "richest singer? name + net worth",
     "Which singer is worth the most, and what's the net worth in millions?",
     "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1",
     "SELECT Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC"),
    ("group",
     "singer count by citizenship",
     "How many singers are there from each country of citizenship?",
     "SELECT Citizenship, COUNT(*) FROM singer GROUP BY Citizenship"),
    ("join",
     "each song title with the singer's name and citizenship",
     "For every song, who sings it and which country is that singer a citizen of?",
     "SELECT so.Title, s.Name, s.Citizenship FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID"),
    ("set",
     "singers who have no songs listed",
     "Which singers don't have a single song in the song table?",
     "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song WHERE Singer_ID IS NOT NULL)"),
    ("ratio",
     "% of songs that hit number 1",
     "What share of the songs, in percent, peaked at the top spot?",
     "SELECT 100.0 * SUM(CASE WHEN Highest_Position = 1 THEN 1 ELSE 0 END) / COUNT(*) FROM song"),
    ("compare-to-aggregate",
     "songs selling above average — title, sales",
     "Which tracks outsold the mean song? Include their sales.",
     "SELECT Title, Sales FROM song WHERE Sales > (SELECT AVG(Sales) FROM song)"),
]

ITEMS["tvshow"] = [
    ("count",
     "how many channels broadcast in English",
     "Number of TV channels whose language is English",
     "SELECT COUNT(*) FROM TV_Channel WHERE Language = 'English'"),
    ("list",
     "list each cartoon with its director and writer",
     "Every cartoon title, who directed it and who wrote it",
     "SELECT Title, Directed_by, Written_by FROM Cartoon"),
    ("filter-text",
     "cartoons Ben Jones directed, title & original air date",
     "Which cartoons were directed by Ben Jones, and when did each first air?",
     "SELECT Title, Original_air_date FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    ("filter-number",
     "episodes with over 6 million viewers — episode name and viewers",
     "Which TV series episodes drew more than six million viewers? Show the episode and the viewer count (millions).",
     "SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),
    ("aggregate",
     "avg share and highest rating of the tv series episodes",
     "Across all series episodes, what is the mean share and the top rating?",
     "SELECT AVG(Share), MAX(CAST(Rating AS REAL)) FROM TV_series"),
    ("superlative",
     "most-watched episode & when it aired",
     "Which episode pulled the largest audience, and what was its air date?",
     "SELECT Episode, Air_Date FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1",
     "SELECT CAST(Viewers_m AS REAL) FROM TV_series ORDER BY 1 DESC"),
    ("group",
     "# channels per country",
     "How many TV channels does each country have?",
     "SELECT Country, COUNT(*) FROM TV_Channel GROUP BY Country"),
    ("join",
     "each tv series episode with the name of the channel it's on",
     "For every episode, show the episode title and its channel's series name.",
     "SELECT t.Episode, c.series_name FROM TV_series t JOIN TV_Channel c ON t.Channel = c.id"),
    ("set",
     "channels that show cartoons but have no tv series episodes - channel names",
     "Which channels carry at least one cartoon yet none of the TV series episodes? Give the channel series name.",
     "SELECT series_name FROM TV_Channel WHERE id IN (SELECT Channel FROM Cartoon) "
     "AND id NOT IN (SELECT Channel FROM TV_series WHERE Channel IS NOT NULL)"),
    ("ratio",
     "what share of channels are based in Italy, as a %",
     "Italian channels as a percentage of all channels",
     "SELECT 100.0 * SUM(CASE WHEN Country = 'Italy' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
    ("compare-to-aggregate",
     "episodes rated above the average rating — episode and rating",
     "Which episodes have a higher rating than the mean episode rating? Show each one's rating.",
     "SELECT Episode, Rating FROM TV_series WHERE CAST(Rating AS REAL) > (SELECT AVG(CAST(Rating AS REAL)) FROM TV_series)"),
]

ITEMS["world_1"] = [
    ("count",
     "how many cities does Japan have in the db",
     "Count the cities listed for Japan.",
     "SELECT COUNT(*) FROM city WHERE CountryCode = (SELECT Code FROM country WHERE Name = 'Japan')"),
    ("list",
     "all countries with their continent and head of state",
     "Every country, which continent it's on, and who its head of state is",
     "SELECT Name, Continent, HeadOfState FROM country"),
    ("filter-text",
     "constitutional monarchies in europe + their head of state",
     "Which European countries are governed as a constitutional monarchy of some form, and who heads each?",
     "SELECT Name, HeadOfState FROM country WHERE Continent = 'Europe' AND GovernmentForm LIKE 'Constitutional Monarchy%'"),
    ("filter-number",
     "contries with a population above 100,000,000 - name, pop",
     "Which nations have more than a hundred million inhabitants? Show the population as well.",
     "SELECT Name, Population FROM country WHERE Population > 100000000"),
    ("aggregate",
     "Africa's total population and avg life expectancy",
     "For the African continent, what's the combined population and the mean life expectancy of its countries?",
     "SELECT SUM(Population), AVG(LifeExpectancy) FROM country WHERE Continent = 'Africa'"),
    ("superlative",
     "largest city in Brazil and its pop",
     "Which Brazilian city has the most residents, and how many?",
     "SELECT ci.Name, ci.Population FROM city ci JOIN country c ON ci.CountryCode = c.Code "
     "WHERE c.Name = 'Brazil' ORDER BY ci.Population DESC LIMIT 1",
     "SELECT ci.Population FROM city ci JOIN country c ON ci.CountryCode = c.Code WHERE c.Name = 'Brazil' ORDER BY 1 DESC"),
    ("group",
     "number of countries and avg life expectancy per continent",
     "For each continent: how many countries, and what's their mean life expectancy?",
     "SELECT Continent, COUNT(*), AVG(LifeExpectancy) FROM country GROUP BY Continent"),
    ("join",
     "south american countries with their capital city",
     "For every country in South America, name its capital.",
     "SELECT c.Name, ci.Name FROM country c JOIN city ci ON c.Capital = ci.ID WHERE c.Continent = 'South America'"),
    ("set",
     "languages spoken in both Canada and the US",
     "Which languages show up in Canada's language list as well as in the United States'?",
     "SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'Canada' "
     "INTERSECT SELECT cl.Language FROM countrylanguage cl JOIN country c ON cl.CountryCode = c.Code WHERE c.Name = 'United States'"),
    ("ratio",
     "what % of the world's population lives in Asia",
     "Asia's population as a percentage of the global total",
     "SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country"),
    ("compare-to-aggregate",
     "asian countries w/ more people than the avg Asian country — name and population",
     "Within Asia, which nations have a population above the continent's per-country mean? Include the population.",
     "SELECT Name, Population FROM country WHERE Continent = 'Asia' AND Population > (SELECT AVG(Population) FROM country WHERE Continent = 'Asia')"),
]


def main():
    errors, out = [], []
    multi = 0
    kinds = Counter()
    seen_q = set()
    for db in DBS:
        path = os.path.join(DBROOT, db, db + ".sqlite")
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        items = ITEMS[db]
        if sorted(k[0] for k in items) != sorted(KINDS):
            errors.append("%s: kinds %s" % (db, Counter(k[0] for k in items)))
        for it in items:
            kind, q, para, sql = it[:4]
            tie = it[4] if len(it) > 4 else None
            tag = "%s/%s" % (db, kind)
            for text in (q, para):
                key = " ".join(text.lower().split())
                if key in seen_q:
                    errors.append("%s duplicate question text: %s" % (tag, text))
                seen_q.add(key)
            if q.strip().lower() == para.strip().lower():
                errors.append("%s paraphrase identical" % tag)
            try:
                cur = con.execute(sql)
                rows = cur.fetchall()
                ncol = len(cur.description)
            except Exception as e:
                errors.append("%s fails: %s" % (tag, e)); continue
            if not rows:
                errors.append("%s empty result" % tag); continue
            if all(v is None for r in rows for v in r):
                errors.append("%s all-NULL result" % tag)
            m = re.search(r"\bLIMIT\s+(\d+)\s*$", sql, re.I)
            if m:
                n = int(m.group(1))
                if not tie:
                    errors.append("%s has LIMIT but no tie check" % tag)
                else:
                    keys = [r[0] for r in con.execute(tie).fetchall()]
                    if len(keys) > n and keys[n - 1] == keys[n]:
                        errors.append("%s LIMIT %d cut-off tied (%r)" % (tag, n, keys[n]))
            if ncol >= 2:
                multi += 1
            kinds[kind] += 1
            out.append({"question": q, "db_id": db, "query": sql, "paraphrase": para, "kind": kind})
        con.close()
    for k in KINDS:
        if kinds[k] != len(DBS):
            errors.append("kind %s count %d != %d" % (k, kinds[k], len(DBS)))
    if len(out) != 110:
        errors.append("total %d != 110" % len(out))
    if multi * 2 < len(out):
        errors.append("only %d items ask for 2+ columns" % multi)
    if errors:
        print("CHECKS FAILED:"); print("\n".join(errors)); sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    print("wrote %s: %d items; per kind %s; 2+ columns: %d" % (OUT, len(out), dict(kinds), multi))


if __name__ == "__main__":
    main()
