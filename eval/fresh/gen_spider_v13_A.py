#!/usr/bin/env python3
"""Held-out Spider-style eval set (half A), v13. Items stored as data; every gold
query is re-run and checked before the JSON files are written."""
import json, os, re, sqlite3, sys
from collections import Counter

DBROOT = "/work/shared/eval/spider/database"
OUT = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

# (db, kind, question, paraphrase, sql, ncols, tie)
# tie = (query returning the ordering key in ranked order, N) for top-N / superlative items
I = []
def add(db, kind, q, p, sql, ncols, tie=None):
    I.append(dict(db=db, kind=kind, q=q, p=p, sql=sql, ncols=ncols, tie=tie))

# ---------------- battle_death ----------------
D = "battle_death"
add(D, "count", "How many battles ended in a Bulgarian victory?",
    "Number of battles the Bulgarians won?",
    "SELECT count(*) FROM battle WHERE result = 'Bulgarian victory'", 1)
add(D, "list", "list the names of all the ships",
    "What are the names of every ship on record?",
    "SELECT name FROM ship", 1)
add(D, "filter-text", "Which battles had Kaloyan as the Bulgarian commander? Give me the battle name and date.",
    "Names and dates of the battles where the Bulgarian side was commanded by Kaloyan.",
    "SELECT name, date FROM battle WHERE bulgarian_commander = 'Kaloyan'", 2)
add(D, "filter-number", "Show the note and number killed for death records where more than 10 people were killed.",
    "For incidents with over ten deaths, what's the note and how many were killed?",
    "SELECT note, killed FROM death WHERE killed > 10", 2)
add(D, "aggregate", "What's the total number killed and the total number injured across all the death records?",
    "Give me the sum of killed and the sum of injured over every death entry.",
    "SELECT sum(killed), sum(injured) FROM death", 2)
add(D, "group", "how many ships are there for each disposition (captured, sank etc)?",
    "Count of ships per disposition of ship.",
    "SELECT disposition_of_ship, count(*) FROM ship GROUP BY disposition_of_ship", 2)
add(D, "superlative", "Which ship caused the most deaths in total? Show its name and the total killed.",
    "Name of the ship responsible for the highest total number killed, along with that total.",
    "SELECT s.name, sum(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id GROUP BY s.id ORDER BY sum(d.killed) DESC LIMIT 1", 2,
    ("SELECT sum(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id GROUP BY s.id ORDER BY 1 DESC", 1))
add(D, "join", "For each ship that was lost in a battle, show the ship name and the name of the battle it was lost in.",
    "Ship names paired with the battle where each ship was lost.",
    "SELECT s.name, b.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id", 2)
add(D, "set", "Which battles didn't lose any ships?",
    "Names of battles that have no ships recorded as lost in them.",
    "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)", 1)
add(D, "ratio", "What percentage of the ships were captured?",
    "Share of ships whose disposition is Captured, as a percent.",
    "SELECT 100.0 * sum(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / count(*) FROM ship", 1)
add(D, "projection", "names of battles together with the latin commander and the result",
    "For every battle, give me its name, who commanded the Latin side, and how it ended.",
    "SELECT name, latin_commander, result FROM battle", 3)

# ---------------- concert_singer ----------------
D = "concert_singer"
add(D, "count", "how many singers are from France?",
    "Count the singers whose country is France.",
    "SELECT count(*) FROM singer WHERE Country = 'France'", 1)
add(D, "list", "List all the stadium names.",
    "What are the names of the stadiums?",
    "SELECT Name FROM stadium", 1)
add(D, "filter-text", "Which concerts were held in 2015? I need the concert name and theme.",
    "Concert names and themes for the concerts that took place in 2015.",
    "SELECT concert_Name, Theme FROM concert WHERE Year = '2015'", 2)
add(D, "filter-number", "Show me stadiums that hold more than 10,000 people, with their capacity.",
    "Names and capacities of stadiums whose capacity exceeds 10000.",
    "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000", 2)
add(D, "aggregate", "What is the average and the maximum stadium capacity?",
    "Give me the mean capacity of the stadiums and the largest capacity.",
    "SELECT avg(Capacity), max(Capacity) FROM stadium", 2)
add(D, "group", "How many concerts took place each year?",
    "number of concerts per year",
    "SELECT Year, count(*) FROM concert GROUP BY Year", 2)
add(D, "superlative", "Which stadium hosted the most concerts, and how many?",
    "Find the stadium with the highest number of concerts held there, plus that number.",
    "SELECT s.Name, count(*) FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID GROUP BY s.Stadium_ID ORDER BY count(*) DESC LIMIT 1", 2,
    ("SELECT count(*) FROM concert c JOIN stadium s ON c.Stadium_ID = s.Stadium_ID GROUP BY s.Stadium_ID ORDER BY 1 DESC", 1))
add(D, "join", "Show singer names along with the names of the concerts they performed in.",
    "For every singer appearance, list the singer's name and the concert name.",
    "SELECT s.Name, c.concert_Name FROM singer_in_concert sc JOIN singer s ON sc.Singer_ID = s.Singer_ID JOIN concert c ON sc.concert_ID = c.concert_ID", 2)
add(D, "set", "Which singers performed in concerts in both 2014 and 2015?",
    "Names of singers who sang at a 2014 concert and also at a 2015 concert.",
    "SELECT s.Name FROM singer_in_concert sc JOIN singer s ON sc.Singer_ID = s.Singer_ID JOIN concert c ON sc.concert_ID = c.concert_ID WHERE c.Year = '2014' "
    "INTERSECT SELECT s.Name FROM singer_in_concert sc JOIN singer s ON sc.Singer_ID = s.Singer_ID JOIN concert c ON sc.concert_ID = c.concert_ID WHERE c.Year = '2015'", 1)
add(D, "ratio", "what % of the singers are male?",
    "Percentage of singers who are male.",
    "SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer", 1)
add(D, "projection", "Give me each singer's name, country and age.",
    "names, countries and ages of all singers",
    "SELECT Name, Country, Age FROM singer", 3)

# ---------------- cre_Doc_Template_Mgt ----------------
D = "cre_Doc_Template_Mgt"
add(D, "count", "How many paragraphs does the document 'Customer reviews' have?",
    "Count the paragraphs belonging to the document named Customer reviews.",
    "SELECT count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'", 1)
add(D, "list", "List all the template type descriptions.",
    "What template type descriptions exist?",
    "SELECT Template_Type_Description FROM Ref_Template_Types", 1)
add(D, "filter-text", "Which templates are of type BK? Show their IDs and version numbers.",
    "Template IDs and version numbers for templates with type code BK.",
    "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'BK'", 2)
add(D, "filter-number", "templates with version number above 5 - ids and type codes pls",
    "Find the ID and type code of every template whose version number is greater than 5.",
    "SELECT Template_ID, Template_Type_Code FROM Templates WHERE Version_Number > 5", 2)
add(D, "aggregate", "What's the average version number of the templates?",
    "Mean template version number.",
    "SELECT avg(Version_Number) FROM Templates", 1)
add(D, "group", "How many templates are there per template type code?",
    "Show each template type code and the number of templates with that code.",
    "SELECT Template_Type_Code, count(*) FROM Templates GROUP BY Template_Type_Code", 2)
add(D, "superlative", "Which document has the most paragraphs? Give its name and paragraph count.",
    "Name of the document containing the largest number of paragraphs, and how many it has.",
    "SELECT d.Document_Name, count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID ORDER BY count(*) DESC LIMIT 1", 2,
    ("SELECT count(*) FROM Paragraphs p JOIN Documents d ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID ORDER BY 1 DESC", 1))
add(D, "join", "Show each document's name together with the type code of the template it uses.",
    "document names and their templates' type codes",
    "SELECT d.Document_Name, t.Template_Type_Code FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID", 2)
add(D, "set", "Which template IDs are not used by any document?",
    "IDs of templates that exist but that no document uses.",
    "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents", 1)
add(D, "ratio", "What percentage of templates are of type PPT?",
    "Out of all templates, what percent have the PPT type code?",
    "SELECT 100.0 * sum(CASE WHEN Template_Type_Code = 'PPT' THEN 1 ELSE 0 END) / count(*) FROM Templates", 1)
add(D, "projection", "For every document, list its ID, its name and the template ID it uses.",
    "I need the document id, document name and template id of all documents.",
    "SELECT Document_ID, Document_Name, Template_ID FROM Documents", 3)

# ---------------- employee_hire_evaluation ----------------
D = "employee_hire_evaluation"
add(D, "count", "How many employees live in Bath?",
    "number of employees whose city is Bath",
    "SELECT count(*) FROM employee WHERE City = 'Bath'", 1)
add(D, "list", "List the names of all the shop managers.",
    "Who are the managers of the shops?",
    "SELECT Manager_name FROM shop", 1)
add(D, "filter-text", "Who are the employees from Bristol? Give names and ages.",
    "Names and ages of employees living in Bristol.",
    "SELECT Name, Age FROM employee WHERE City = 'Bristol'", 2)
add(D, "filter-number", "Which shops carry more than 5,000 products?",
    "Names of shops whose number of products is greater than 5000.",
    "SELECT Name FROM shop WHERE Number_products > 5000", 1)
add(D, "aggregate", "What's the total amount of bonus paid out across all evaluations?",
    "Sum of all the bonuses awarded.",
    "SELECT sum(Bonus) FROM evaluation", 1)
add(D, "group", "Number of employees in each city",
    "How many employees does each city have?",
    "SELECT City, count(*) FROM employee GROUP BY City", 2)
add(D, "superlative", "Who has been given an evaluation award the most times? Show the name and how many times.",
    "Which employee received the most evaluation awards, and how many did they get?",
    "SELECT e.Name, count(*) FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID GROUP BY e.Employee_ID ORDER BY count(*) DESC LIMIT 1", 2,
    ("SELECT count(*) FROM employee e JOIN evaluation v ON e.Employee_ID = v.Employee_ID GROUP BY e.Employee_ID ORDER BY 1 DESC", 1))
add(D, "join", "show each hired employee's name with the name of the shop they were hired at",
    "For every hiring, give the employee name and the shop name.",
    "SELECT e.Name, s.Name FROM hiring h JOIN employee e ON h.Employee_ID = e.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID", 2)
add(D, "set", "Which employees are either older than 35 or work at a shop located in Helsinki?",
    "Names of employees who are over 35, or who were hired by a shop whose location is Helsinki.",
    "SELECT Name FROM employee WHERE Age > 35 UNION SELECT e.Name FROM employee e JOIN hiring h ON e.Employee_ID = h.Employee_ID JOIN shop s ON h.Shop_ID = s.Shop_ID WHERE s.Location = 'Helsinki'", 1)
add(D, "ratio", "What percentage of hires are full time?",
    "Share of hiring records that are full-time, in percent.",
    "SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring", 1)
add(D, "projection", "Give me shop names, their locations and how many products they have.",
    "names, locations and product counts of all shops",
    "SELECT Name, Location, Number_products FROM shop", 3)

# ---------------- museum_visit ----------------
D = "museum_visit"
add(D, "count", "How many different visitors have visited at least one museum?",
    "Count the distinct visitors who appear in the visit records.",
    "SELECT count(DISTINCT visitor_ID) FROM visit", 1)
add(D, "list", "list all museum names",
    "What are the names of the museums?",
    "SELECT Name FROM museum", 1)
add(D, "filter-text", "When did the Plaza Museum open, and how many staff does it have?",
    "Opening year and number of staff of the museum called Plaza Museum.",
    "SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'Plaza Museum'", 2)
add(D, "filter-number", "Which visitors are older than 30? Show their names and ages.",
    "Names and ages of visitors over the age of 30.",
    "SELECT Name, Age FROM visitor WHERE Age > 30", 2)
add(D, "aggregate", "What's the average number of staff at museums that opened before 2010?",
    "Mean staff count among museums with an opening year earlier than 2010.",
    "SELECT avg(Num_of_Staff) FROM museum WHERE Open_Year < '2010'", 1)
add(D, "group", "How many museums opened in each year?",
    "Show every opening year with the count of museums opened that year.",
    "SELECT Open_Year, count(*) FROM museum GROUP BY Open_Year", 2)
add(D, "superlative", "Which visitor spent the most money in total? Give the name and total spent.",
    "Name of the visitor with the highest combined spending across visits, and the amount.",
    "SELECT v.Name, sum(vi.Total_spent) FROM visit vi JOIN visitor v ON vi.visitor_ID = v.ID GROUP BY v.ID ORDER BY sum(vi.Total_spent) DESC LIMIT 1", 2,
    ("SELECT sum(vi.Total_spent) FROM visit vi JOIN visitor v ON vi.visitor_ID = v.ID GROUP BY v.ID ORDER BY 1 DESC", 1))
add(D, "join", "Show visitor names together with the names of the museums they visited.",
    "For each visit, the visitor's name and the museum's name.",
    "SELECT v.Name, m.Name FROM visit vi JOIN visitor v ON vi.visitor_ID = v.ID JOIN museum m ON vi.Museum_ID = m.Museum_ID", 2)
add(D, "set", "Which museums has nobody visited?",
    "Names of museums that do not appear in any visit record.",
    "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)", 1)
add(D, "ratio", "What percentage of all tickets sold were for the Capital Plaza Museum?",
    "Capital Plaza Museum's share of total tickets, as a percentage.",
    "SELECT 100.0 * sum(CASE WHEN m.Name = 'Capital Plaza Museum' THEN vi.Num_of_Ticket ELSE 0 END) / sum(vi.Num_of_Ticket) FROM visit vi JOIN museum m ON vi.Museum_ID = m.Museum_ID", 1)
add(D, "projection", "names of visitors with their membership level and age",
    "Show every visitor's name, level of membership and age.",
    "SELECT Name, Level_of_membership, Age FROM visitor", 3)

# ---------------- orchestra ----------------
D = "orchestra"
add(D, "count", "how many conductors are from the USA?",
    "Count conductors whose nationality is USA.",
    "SELECT count(*) FROM conductor WHERE Nationality = 'USA'", 1)
add(D, "list", "What are the different record companies?",
    "List the distinct record companies of the orchestras.",
    "SELECT DISTINCT Record_Company FROM orchestra", 1)
add(D, "filter-text", "Which orchestras record with Decca Records? Show the orchestra and the year it was founded.",
    "Orchestra names and founding years for orchestras whose record company is Decca Records.",
    "SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'", 2)
add(D, "filter-number", "Find conductors who have worked more than 15 years - name and years of work.",
    "Names and years of work of conductors with over 15 years of work.",
    "SELECT Name, Year_of_Work FROM conductor WHERE Year_of_Work > 15", 2)
add(D, "aggregate", "What's the average attendence of the shows?",
    "Mean show attendance.",
    "SELECT avg(Attendance) FROM show", 1)
add(D, "group", "How many conductors are there of each nationality?",
    "Conductor count per nationality.",
    "SELECT Nationality, count(*) FROM conductor GROUP BY Nationality", 2)
add(D, "superlative", "Which performance had the highest official rating? Give the type and the rating in millions.",
    "Type and official rating (millions) of the top-rated performance.",
    "SELECT Type, \"Official_ratings_(millions)\" FROM performance ORDER BY \"Official_ratings_(millions)\" DESC LIMIT 1", 2,
    ("SELECT \"Official_ratings_(millions)\" FROM performance ORDER BY 1 DESC", 1))
add(D, "join", "Show each orchestra and the name of its conductor.",
    "orchestra names with their conductors' names",
    "SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID", 2)
add(D, "set", "Which nationalities have both a conductor older than 45 and a conductor younger than 42?",
    "Nationalities that include at least one conductor over 45 and also at least one under 42.",
    "SELECT Nationality FROM conductor WHERE Age > 45 INTERSECT SELECT Nationality FROM conductor WHERE Age < 42", 1)
add(D, "ratio", "What percentage of conductors are from the UK?",
    "Share of conductors with UK nationality, as a percent.",
    "SELECT 100.0 * sum(CASE WHEN Nationality = 'UK' THEN 1 ELSE 0 END) / count(*) FROM conductor", 1)
add(D, "projection", "I need orchestra names, their record companies and founding years.",
    "List each orchestra with its record company and year of founding.",
    "SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra", 3)

# ---------------- poker_player ----------------
D = "poker_player"
add(D, "count", "How many people in the database are Russian?",
    "Number of people with Russia as nationality.",
    "SELECT count(*) FROM people WHERE Nationality = 'Russia'", 1)
add(D, "list", "List everyone's name, tallest first.",
    "Names of all people ordered by height descending.",
    "SELECT Name FROM people ORDER BY Height DESC", 1)
add(D, "filter-text", "What's Teodor Salparov's birth date and height?",
    "Give the birth date and height of the person named Teodor Salparov.",
    "SELECT Birth_Date, Height FROM people WHERE Name = 'Teodor Salparov'", 2)
add(D, "filter-number", "names of people taller than 195",
    "Who is over 195 in height?",
    "SELECT Name FROM people WHERE Height > 195", 1)
add(D, "aggregate", "What are the highest and lowest earnings among poker players?",
    "Max and min poker player earnings.",
    "SELECT max(Earnings), min(Earnings) FROM poker_player", 2)
add(D, "group", "How many people are there of each nationality?",
    "Show each nationality and its number of people.",
    "SELECT Nationality, count(*) FROM people GROUP BY Nationality", 2)
add(D, "superlative", "Who's the poker player with the highest earnings?",
    "Name of the top-earning poker player.",
    "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID ORDER BY pp.Earnings DESC LIMIT 1", 1,
    ("SELECT Earnings FROM poker_player ORDER BY 1 DESC", 1))
add(D, "join", "Show poker players' names and the number of final tables each has made.",
    "For every poker player give their name and final tables made.",
    "SELECT p.Name, pp.Final_Table_Made FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID", 2)
add(D, "set", "Which poker players either had a best finish of 1 or earned more than 500,000?",
    "Names of poker players whose best finish is 1, or whose earnings exceed 500000.",
    "SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Best_Finish = 1 "
    "UNION SELECT p.Name FROM poker_player pp JOIN people p ON pp.People_ID = p.People_ID WHERE pp.Earnings > 500000", 1)
add(D, "ratio", "What percentage of the people are poker players?",
    "Poker players as a percent of all people.",
    "SELECT 100.0 * (SELECT count(*) FROM poker_player) / (SELECT count(*) FROM people)", 1)
add(D, "projection", "Show the names, nationalities and birth dates of all people.",
    "every person's name, nationality and date of birth",
    "SELECT Name, Nationality, Birth_Date FROM people", 3)

# ---------------- singer ----------------
D = "singer"
add(D, "count", "How many singers are US citizens?",
    "Count singers whose citizenship is United States.",
    "SELECT count(*) FROM singer WHERE Citizenship = 'United States'", 1)
add(D, "list", "List all song titles.",
    "what songs are there? just the titles",
    "SELECT Title FROM song", 1)
add(D, "filter-text", "Show the name and birth year of singers from the United States.",
    "Names and birth years of singers with United States citizenship.",
    "SELECT Name, Birth_Year FROM singer WHERE Citizenship = 'United States'", 2)
add(D, "filter-number", "Which songs sold more than 300,000 copies? Give title and sales.",
    "Titles and sales of songs with sales above 300000.",
    "SELECT Title, Sales FROM song WHERE Sales > 300000", 2)
add(D, "aggregate", "What's the combined net worth of all singers, in millions?",
    "Total net worth (millions) summed over every singer.",
    "SELECT sum(Net_Worth_Millions) FROM singer", 1)
add(D, "group", "total song sales per singer, with the singer's name",
    "For each singer who has songs, show the name and the sum of their song sales.",
    "SELECT s.Name, sum(so.Sales) FROM singer s JOIN song so ON s.Singer_ID = so.Singer_ID GROUP BY s.Singer_ID", 2)
add(D, "superlative", "Which singer was born most recently? Show name and birth year.",
    "Name and birth year of the youngest singer.",
    "SELECT Name, Birth_Year FROM singer ORDER BY Birth_Year DESC LIMIT 1", 2,
    ("SELECT Birth_Year FROM singer ORDER BY 1 DESC", 1))
add(D, "join", "Show each song title with the name of the singer who sings it.",
    "Song titles paired with their singers' names.",
    "SELECT so.Title, s.Name FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID", 2)
add(D, "set", "Which citizenships have singers born before 1945 but no singers born after 1955?",
    "Citizenships with at least one singer born earlier than 1945, excluding those that have any singer born later than 1955.",
    "SELECT Citizenship FROM singer WHERE Birth_Year < 1945 EXCEPT SELECT Citizenship FROM singer WHERE Birth_Year > 1955", 1)
add(D, "ratio", "What share of total song sales comes from Liliane Bettencourt's songs, as a percentage?",
    "Percentage of all song sales that belong to songs by Liliane Bettencourt.",
    "SELECT 100.0 * sum(CASE WHEN s.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / sum(so.Sales) FROM song so JOIN singer s ON so.Singer_ID = s.Singer_ID", 1)
add(D, "projection", "Give me singer names, citizenships and net worth.",
    "List every singer along with their citizenship and net worth in millions.",
    "SELECT Name, Citizenship, Net_Worth_Millions FROM singer", 3)

# ---------------- tvshow ----------------
D = "tvshow"
add(D, "count", "How many TV channels broadcast in Italian?",
    "number of channels whose language is Italian",
    "SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'", 1)
add(D, "list", "What are all the cartoon titles?",
    "List the titles of every cartoon.",
    "SELECT Title FROM Cartoon", 1)
add(D, "filter-text", "Cartoons directed by Ben Jones - titles and original air dates?",
    "Show the title and original air date of each cartoon Ben Jones directed.",
    "SELECT Title, Original_air_date FROM Cartoon WHERE Directed_by = 'Ben Jones'", 2)
add(D, "filter-number", "Which TV series episodes had a weekly rank below 65? Show episode and rank.",
    "Episodes with a weekly rank under 65, along with that rank.",
    "SELECT Episode, Weekly_Rank FROM TV_series WHERE Weekly_Rank < 65", 2)
add(D, "aggregate", "What's the average share across the TV series episodes?",
    "Mean share of all TV series episodes.",
    "SELECT avg(Share) FROM TV_series", 1)
add(D, "group", "How many cartoons did each director make?",
    "Show each director with the number of cartoons they directed.",
    "SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by", 2)
add(D, "superlative", "Which episode had the most viewers? Give the episode and viewers in millions.",
    "Episode name and viewer count (millions) of the most watched episode.",
    "SELECT Episode, Viewers_m FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1", 2,
    ("SELECT CAST(Viewers_m AS REAL) FROM TV_series ORDER BY 1 DESC", 1))
add(D, "join", "Show cartoon titles with the series name of the channel they aired on.",
    "For each cartoon, its title and its channel's series name.",
    "SELECT c.Title, t.series_name FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id", 2)
add(D, "set", "Which channels aired both cartoons and TV series episodes? Give the series names.",
    "Series names of channels that have at least one cartoon and at least one TV series episode.",
    "SELECT t.series_name FROM TV_Channel t JOIN Cartoon c ON c.Channel = t.id INTERSECT SELECT t.series_name FROM TV_Channel t JOIN TV_series s ON s.Channel = t.id", 1)
add(D, "ratio", "what percent of tv channels offer high definition?",
    "Percentage of channels with high definition TV set to yes.",
    "SELECT 100.0 * sum(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel", 1)
add(D, "projection", "series names of channels along with their country and language",
    "List each TV channel's series name, country and language.",
    "SELECT series_name, Country, Language FROM TV_Channel", 3)

# ---------------- world_1 ----------------
D = "world_1"
add(D, "count", "How many countries are in Europe?",
    "Count the countries on the European continent.",
    "SELECT count(*) FROM country WHERE Continent = 'Europe'", 1)
add(D, "list", "What are the different continents?",
    "List the distinct continents.",
    "SELECT DISTINCT Continent FROM country", 1)
add(D, "filter-text", "Show the names and populations of cities in the Texas district.",
    "City names and populations for the district of Texas.",
    "SELECT Name, Population FROM city WHERE District = 'Texas'", 2)
add(D, "filter-number", "Which countries have a life expectancy above 80? Give name and life expectancy.",
    "Countries with life expectancy over 80, with the figure.",
    "SELECT Name, LifeExpectancy FROM country WHERE LifeExpectancy > 80", 2)
add(D, "aggregate", "What's the average life expectancy in Africa?",
    "Mean life expectancy of African countries.",
    "SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'Africa'", 1)
add(D, "group", "total population of each continent",
    "For every continent, what is the summed population of its countries?",
    "SELECT Continent, sum(Population) FROM country GROUP BY Continent", 2)
add(D, "superlative", "What are the 5 most populous cities? Show name and population.",
    "Top five cities by population, with their populations.",
    "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5", 2,
    ("SELECT Population FROM city ORDER BY 1 DESC", 5))
add(D, "join", "Find cities with more than 8 million people and the country each one is in.",
    "City names and their country names, for cities whose population exceeds 8,000,000.",
    "SELECT ci.Name, co.Name FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE ci.Population > 8000000", 2)
add(D, "set", "Which countries don't have any cities listed?",
    "Names of countries with no entries in the city table.",
    "SELECT Name FROM country WHERE Code NOT IN (SELECT CountryCode FROM city)", 1)
add(D, "ratio", "What percentage of Asian countries have 'Republic' as their government form?",
    "Among countries in Asia, what percent have government form exactly Republic?",
    "SELECT 100.0 * sum(CASE WHEN GovernmentForm = 'Republic' THEN 1 ELSE 0 END) / count(*) FROM country WHERE Continent = 'Asia'", 1)
add(D, "projection", "Give me the name, head of state and independance year for the countries in South America.",
    "For South American countries, list name, head of state, and year of independence.",
    "SELECT Name, HeadOfState, IndepYear FROM country WHERE Continent = 'South America'", 3)

UNANSWERABLE = [
    {"db_id": "battle_death", "question": "What was the crew size of each ship?"},
    {"db_id": "concert_singer", "question": "What was the ticket price for each concert?"},
    {"db_id": "cre_Doc_Template_Mgt", "question": "Who is the author of each document?"},
    {"db_id": "employee_hire_evaluation", "question": "What is the annual salary of each employee?"},
    {"db_id": "employee_hire_evaluation", "question": "List the email addresses of the shop managers."},
    {"db_id": "museum_visit", "question": "How much is the admission fee at the Plaza Museum?"},
    {"db_id": "orchestra", "question": "How many musicians play in the London Symphony Orchestra?"},
    {"db_id": "poker_player", "question": "Which casino does each poker player play at most often?"},
    {"db_id": "singer", "question": "Which record label is each singer signed to?"},
    {"db_id": "tvshow", "question": "What was the production budget of each cartoon?"},
    {"db_id": "world_1", "question": "What is the unemployment rate in Germany?"},
    {"db_id": "world_1", "question": "Which currency is used in Japan?"},
]

def main():
    errs = []
    conns = {}
    for i, it in enumerate(I):
        db = it["db"]
        if db not in conns:
            conns[db] = sqlite3.connect(f"file:{DBROOT}/{db}/{db}.sqlite?mode=ro", uri=True)
        c = conns[db]
        tag = f"[{i}] {db} {it['kind']}: {it['q'][:50]}"
        if it["kind"] not in KINDS:
            errs.append(f"{tag}: bad kind"); continue
        try:
            cur = c.execute(it["sql"]); rows = cur.fetchall()
        except Exception as e:
            errs.append(f"{tag}: SQL error {e}"); continue
        if not rows:
            errs.append(f"{tag}: empty result"); continue
        if all(v is None for r in rows for v in r):
            errs.append(f"{tag}: all NULL")
        if len(cur.description) != it["ncols"]:
            errs.append(f"{tag}: ncols {len(cur.description)} != {it['ncols']}")
        if it["p"].strip() == it["q"].strip():
            errs.append(f"{tag}: paraphrase identical")
        lim = re.search(r"\bLIMIT\s+(\d+)\s*$", it["sql"], re.I)
        if it["kind"] == "superlative" or lim:
            if not it["tie"]:
                errs.append(f"{tag}: missing tie check")
            else:
                tq, n = it["tie"]
                if lim and int(lim.group(1)) != n:
                    errs.append(f"{tag}: tie N {n} != LIMIT {lim.group(1)}")
                if len(rows) != n:
                    errs.append(f"{tag}: expected {n} rows, got {len(rows)}")
                keys = [r[0] for r in c.execute(tq).fetchall()]
                if len(keys) > n and keys[n - 1] == keys[n]:
                    errs.append(f"{tag}: tie at cut-off {keys[n-1]}")
    kc = Counter(it["kind"] for it in I)
    for k in KINDS:
        if kc[k] != 10:
            errs.append(f"kind {k}: {kc[k]} != 10")
    dbc = Counter(it["db"] for it in I)
    for db, n in dbc.items():
        if n != 11:
            errs.append(f"db {db}: {n} != 11")
    if len(I) != 110:
        errs.append(f"total {len(I)} != 110")
    qs = [it["q"] for it in I]
    if len(set(qs)) != len(qs):
        errs.append("duplicate questions")
    udbs = {u["db_id"] for u in UNANSWERABLE}
    if len(UNANSWERABLE) != 12 or not set(dbc) <= udbs:
        errs.append("unanswerable coverage")
    multi = sum(1 for it in I if it["ncols"] >= 2)
    if errs:
        print("CHECKS FAILED:"); [print("  " + e) for e in errs]
        sys.exit(1)
    out = [dict(question=it["q"], db_id=it["db"], query=it["sql"], paraphrase=it["p"], kind=it["kind"]) for it in I]
    with open(os.path.join(OUT, "spider_v13_A.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "spider_v13_A_unanswerable.json"), "w") as f:
        json.dump(UNANSWERABLE, f, indent=1, ensure_ascii=False)
    print("OK", len(out), "items;", dict(kc), "; multi-column:", multi, "; unanswerable:", len(UNANSWERABLE))

if __name__ == "__main__":
    main()
