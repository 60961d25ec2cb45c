#!/usr/bin/env python3
"""Blind held-out set spider_v27 half A: 10 dbs x 11 kinds = 110 items.
Writes /tmp/blind27/spider_v27_A.json only if every check passes."""
import json, os, re, sqlite3, sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind27/spider_v27_A.json"
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]

# Each item: db, kind, q, p (paraphrase), sql, optional tie = SQL returning the ordering
# key of every candidate row in the same order as the gold (checked around the LIMIT cut-off).
ITEMS = [
    # ---------------- battle_death ----------------
    dict(db="battle_death", kind="count",
         q="how many of the recorded death incidents happened in Chhattisgarh?",
         p="Count the death records whose location note is in the state of Chhattisgarh.",
         sql="SELECT COUNT(*) FROM death WHERE note LIKE '%Chhattisgarh%' OR note LIKE '%Chattisgarh%'"),
    dict(db="battle_death", kind="list",
         q="list every ship w/ its type and location",
         p="For all ships on file, give me the name, what kind of ship it was, and where it was.",
         sql="SELECT name, ship_type, location FROM ship"),
    dict(db="battle_death", kind="filter-text",
         q="Which battles had Boril leading the Bulgarian side? Show battle name and date.",
         p="battles commanded by Boril on the bulgarian side - name + when it happened",
         sql="SELECT name, date FROM battle WHERE bulgarian_commander = 'Boril'"),
    dict(db="battle_death", kind="filter-number",
         q="death incidents where more than ten people were killed - note and # killed pls",
         p="Show the note and kill count for every incident with a death toll above 10.",
         sql="SELECT note, killed FROM death WHERE killed > 10"),
    dict(db="battle_death", kind="aggregate",
         q="What are the total killed and total injured across all the death records?",
         p="sum up killed and injured over every incident",
         sql="SELECT SUM(killed), SUM(injured) FROM death"),
    dict(db="battle_death", kind="superlative",
         q="which ship is responsible for the most people killed overall?",
         p="Name the ship whose incidents add up to the highest number of deaths.",
         sql="SELECT s.name FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
             "GROUP BY s.id, s.name ORDER BY SUM(d.killed) DESC LIMIT 1",
         tie="SELECT SUM(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id "
             "GROUP BY s.id ORDER BY SUM(d.killed) DESC"),
    dict(db="battle_death", kind="group",
         q="How many ships ended up in each disposition (captured, sank, etc.)?",
         p="break down ship count by what happened to the ship",
         sql="SELECT disposition_of_ship, COUNT(*) FROM ship GROUP BY disposition_of_ship"),
    dict(db="battle_death", kind="join",
         q="show each ship and the battle it was lost in",
         p="For every ship, which battle was it lost at? Give ship name then battle name.",
         sql="SELECT s.name, b.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id"),
    dict(db="battle_death", kind="set",
         q="Which battles didn't cost a single ship?",
         p="names of battles where no ships were lost",
         sql="SELECT name FROM battle EXCEPT "
             "SELECT b.name FROM battle b JOIN ship s ON s.lost_in_battle = b.id"),
    dict(db="battle_death", kind="ratio",
         q="what % of the battles ended as a Bulgarian victory?",
         p="Out of all battles, what percentage did the Bulgarians win?",
         sql="SELECT 100.0 * SUM(CASE WHEN result = 'Bulgarian victory' THEN 1 ELSE 0 END) / COUNT(*) FROM battle"),
    dict(db="battle_death", kind="compare-to-aggregate",
         q="Which incidents had a higher death toll than the average incident? Give the note and number killed.",
         p="incidents w/ killed above avg - note + killed",
         sql="SELECT note, killed FROM death WHERE killed > (SELECT AVG(killed) FROM death)"),

    # ---------------- concert_singer ----------------
    dict(db="concert_singer", kind="count",
         q="how many concerts took place in 2015",
         p="Number of concerts held during the year 2015?",
         sql="SELECT COUNT(*) FROM concert WHERE TRIM(Year) = '2015'"),
    dict(db="concert_singer", kind="list",
         q="Show me all the stadiums with their location and capacity.",
         p="stadium list: name, where it is, how many it holds",
         sql="SELECT Name, Location, Capacity FROM stadium"),
    dict(db="concert_singer", kind="filter-text",
         q="french singers - names and ages",
         p="Which singers come from France, and how old are they?",
         sql="SELECT Name, Age FROM singer WHERE Country = 'France'"),
    dict(db="concert_singer", kind="filter-number",
         q="Which stadiums can hold more than 10,000 people? Include the capacity.",
         p="stadiums w/ capacity over ten thousand + their capacity",
         sql="SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
    dict(db="concert_singer", kind="aggregate",
         q="avg, youngest and oldest singer age?",
         p="Give the mean, minimum and maximum age across all singers.",
         sql="SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer"),
    dict(db="concert_singer", kind="superlative",
         q="Who has performed in the most concerts?",
         p="which singer shows up in the greatest number of concerts",
         sql="SELECT s.Name FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
             "GROUP BY s.Singer_ID, s.Name ORDER BY COUNT(*) DESC LIMIT 1",
         tie="SELECT COUNT(*) FROM singer s JOIN singer_in_concert sc ON s.Singer_ID = sc.Singer_ID "
             "GROUP BY s.Singer_ID ORDER BY COUNT(*) DESC"),
    dict(db="concert_singer", kind="group",
         q="number of singers from each country",
         p="How many singers does every country have?",
         sql="SELECT Country, COUNT(*) FROM singer GROUP BY Country"),
    dict(db="concert_singer", kind="join",
         q="List each concert with the stadium it was held at and the year.",
         p="concert name + stadium name + year for all concerts",
         sql="SELECT c.concert_Name, s.Name, c.Year FROM concert c "
             "JOIN stadium s ON CAST(c.Stadium_ID AS INTEGER) = s.Stadium_ID"),
    dict(db="concert_singer", kind="set",
         q="which stadiums have never hosted a concert?",
         p="Give the names of stadiums with no concerts held at them.",
         sql="SELECT Name FROM stadium WHERE Stadium_ID NOT IN "
             "(SELECT CAST(Stadium_ID AS INTEGER) FROM concert)"),
    dict(db="concert_singer", kind="ratio",
         q="What percentage of the singers are male?",
         p="share of male singers, in percent",
         sql="SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
    dict(db="concert_singer", kind="compare-to-aggregate",
         q="singers older than the avg singer - show name, country and age",
         p="Which singers are above the average age? List their name, country and age.",
         sql="SELECT Name, Country, Age FROM singer WHERE Age > (SELECT AVG(Age) FROM singer)"),

    # ---------------- cre_Doc_Template_Mgt ----------------
    dict(db="cre_Doc_Template_Mgt", kind="count",
         q="How many templates are presentation templates?",
         p="# of templates whose type is Presentation",
         sql="SELECT COUNT(*) FROM Templates t JOIN Ref_Template_Types r "
             "ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Presentation'"),
    dict(db="cre_Doc_Template_Mgt", kind="list",
         q="show every template: id, version number and type code",
         p="Give me the ID, version and template type code of all templates.",
         sql="SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates"),
    dict(db="cre_Doc_Template_Mgt", kind="filter-text",
         q="Which paragraphs mention Korea? I need the paragraph id and the document id.",
         p="paragraph ids + their doc ids where the text talks about korea",
         sql="SELECT Paragraph_ID, Document_ID FROM Paragraphs WHERE Paragraph_Text LIKE '%Korea%'"),
    dict(db="cre_Doc_Template_Mgt", kind="filter-number",
         q="templates at version 7 or higher - id, version, type",
         p="List the templates whose version number is at least seven, with ID, version and type code.",
         sql="SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number >= 7"),
    dict(db="cre_Doc_Template_Mgt", kind="aggregate",
         q="What's the average template version number, and the highest one?",
         p="mean and max of template version numbers",
         sql="SELECT AVG(Version_Number), MAX(Version_Number) FROM Templates"),
    dict(db="cre_Doc_Template_Mgt", kind="superlative",
         q="which doc has the most paragraphs?",
         p="Name the document that contains the largest number of paragraphs.",
         sql="SELECT d.Document_Name FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
             "GROUP BY d.Document_ID, d.Document_Name ORDER BY COUNT(*) DESC LIMIT 1",
         tie="SELECT COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
             "GROUP BY d.Document_ID ORDER BY COUNT(*) DESC"),
    dict(db="cre_Doc_Template_Mgt", kind="group",
         q="How many templates are there for each template type? Use the type description.",
         p="template count broken down by type description",
         sql="SELECT r.Template_Type_Description, COUNT(*) FROM Ref_Template_Types r "
             "JOIN Templates t ON t.Template_Type_Code = r.Template_Type_Code "
             "GROUP BY r.Template_Type_Code, r.Template_Type_Description"),
    dict(db="cre_Doc_Template_Mgt", kind="join",
         q="each document name with its template's type code and version",
         p="For all documents, show the document name plus the type code and version number of the template it uses.",
         sql="SELECT d.Document_Name, t.Template_Type_Code, t.Version_Number FROM Documents d "
             "JOIN Templates t ON d.Template_ID = t.Template_ID"),
    dict(db="cre_Doc_Template_Mgt", kind="set",
         q="Which template IDs are not used by any document?",
         p="ids of templates that no doc uses",
         sql="SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
    dict(db="cre_Doc_Template_Mgt", kind="ratio",
         q="what % of documents have at least one paragraph",
         p="Out of all documents, what percentage contain one or more paragraphs?",
         sql="SELECT 100.0 * (SELECT COUNT(DISTINCT Document_ID) FROM Paragraphs) / COUNT(*) FROM Documents"),
    dict(db="cre_Doc_Template_Mgt", kind="compare-to-aggregate",
         q="Which documents have more paragraphs than the average document? Show the name and paragraph count.",
         p="docs w/ an above-avg number of paragraphs + how many they have",
         sql="SELECT d.Document_Name, COUNT(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID "
             "GROUP BY d.Document_ID, d.Document_Name HAVING COUNT(*) > "
             "(SELECT AVG(cnt) FROM (SELECT COUNT(*) AS cnt FROM Paragraphs GROUP BY Document_ID))"),

    # ---------------- employee_hire_evaluation ----------------
    dict(db="employee_hire_evaluation", kind="count",
         q="how many employees are from Bristol?",
         p="Count the staff whose city is Bristol.",
         sql="SELECT COUNT(*) FROM employee WHERE City = 'Bristol'"),
    dict(db="employee_hire_evaluation", kind="list",
         q="Give me all the shops along with their location and the manager's name.",
         p="shops + location + manager",
         sql="SELECT Name, Location, Manager_name FROM shop"),
    dict(db="employee_hire_evaluation", kind="filter-text",
         q="who lives in Bath? names and ages",
         p="List the name and age of every employee based in the city of Bath.",
         sql="SELECT Name, Age FROM employee WHERE City = 'Bath'"),
    dict(db="employee_hire_evaluation", kind="filter-number",
         q="Which shops stock more than ten thousand products? Show the shop and its product count.",
         p="shops w/ > 10,000 products, with the number",
         sql="SELECT Name, Number_products FROM shop WHERE Number_products > 10000"),
    dict(db="employee_hire_evaluation", kind="aggregate",
         q="total bonus paid out and avg bonus per award",
         p="What is the sum of all bonuses and the average bonus amount?",
         sql="SELECT SUM(Bonus), AVG(Bonus) FROM evaluation"),
    dict(db="employee_hire_evaluation", kind="superlative",
         q="Which employee received the single biggest bonus?",
         p="who got the largest one-off bonus",
         sql="SELECT e.Name FROM employee e JOIN evaluation v ON e.Employee_ID = CAST(v.Employee_ID AS INTEGER) "
             "ORDER BY v.Bonus DESC LIMIT 1",
         tie="SELECT v.Bonus FROM employee e JOIN evaluation v ON e.Employee_ID = CAST(v.Employee_ID AS INTEGER) "
             "ORDER BY v.Bonus DESC"),
    dict(db="employee_hire_evaluation", kind="group",
         q="# of employees per city",
         p="How many employees live in each city?",
         sql="SELECT City, COUNT(*) FROM employee GROUP BY City"),
    dict(db="employee_hire_evaluation", kind="join",
         q="List hired employees with the shop they work at and the year they started.",
         p="for every hire: employee name, shop name, start year",
         sql="SELECT e.Name, s.Name, h.Start_from FROM hiring h JOIN employee e ON h.Employee_ID = e.Employee_ID "
             "JOIN shop s ON h.Shop_ID = s.Shop_ID"),
    dict(db="employee_hire_evaluation", kind="set",
         q="which employees have never been awarded a bonus?",
         p="Names of employees with no evaluation on record.",
         sql="SELECT Name FROM employee WHERE Employee_ID NOT IN "
             "(SELECT CAST(Employee_ID AS INTEGER) FROM evaluation)"),
    dict(db="employee_hire_evaluation", kind="ratio",
         q="What percent of hires are full-time?",
         p="share of hiring records that are full time, as a percentage",
         sql="SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
    dict(db="employee_hire_evaluation", kind="compare-to-aggregate",
         q="shops carrying more products than the avg shop - name and district",
         p="Which shops have an above-average number of products? Give the shop name and its district.",
         sql="SELECT Name, District FROM shop WHERE Number_products > (SELECT AVG(Number_products) FROM shop)"),

    # ---------------- museum_visit ----------------
    dict(db="museum_visit", kind="count",
         q="How many museums opened after 2009?",
         p="number of museums with an opening year later than 2009",
         sql="SELECT COUNT(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009"),
    dict(db="museum_visit", kind="list",
         q="list the museums w/ staff count and the year they opened",
         p="Show every museum's name, number of staff and opening year.",
         sql="SELECT Name, Num_of_Staff, Open_Year FROM museum"),
    dict(db="museum_visit", kind="filter-text",
         q="What membership level and age does Gonzalo Higuaín have?",
         p="gonzalo higuain's membership level + age",
         sql="SELECT Level_of_membership, Age FROM visitor WHERE TRIM(Name) = 'Gonzalo Higuaín'"),
    dict(db="museum_visit", kind="filter-number",
         q="visitors under 30 - name + age",
         p="Which visitors are younger than thirty? Give their names and ages.",
         sql="SELECT TRIM(Name), Age FROM visitor WHERE Age < 30"),
    dict(db="museum_visit", kind="aggregate",
         q="What's the total number of tickets sold and total money spent over all visits?",
         p="sum of tickets and sum of spending across visits",
         sql="SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit"),
    dict(db="museum_visit", kind="superlative",
         q="which visitor spent the most money in total, and how much?",
         p="Who is the biggest spender across all museum visits? Show the name and the total spent.",
         sql="SELECT TRIM(vi.Name), SUM(v.Total_spent) FROM visit v JOIN visitor vi ON vi.ID = CAST(v.visitor_ID AS INTEGER) "
             "GROUP BY vi.ID, vi.Name ORDER BY SUM(v.Total_spent) DESC LIMIT 1",
         tie="SELECT SUM(v.Total_spent) FROM visit v JOIN visitor vi ON vi.ID = CAST(v.visitor_ID AS INTEGER) "
             "GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC"),
    dict(db="museum_visit", kind="group",
         q="How many museums opened in each year?",
         p="museum count by opening year",
         sql="SELECT Open_Year, COUNT(*) FROM museum GROUP BY Open_Year"),
    dict(db="museum_visit", kind="join",
         q="every visit: visitor name, musuem name, # of tickets",
         p="For each visit, show who visited, which museum they went to, and how many tickets they bought.",
         sql="SELECT TRIM(vi.Name), m.Name, v.Num_of_Ticket FROM visit v "
             "JOIN visitor vi ON vi.ID = CAST(v.visitor_ID AS INTEGER) JOIN museum m ON m.Museum_ID = v.Museum_ID"),
    dict(db="museum_visit", kind="set",
         q="Which museums have never had a visitor?",
         p="museums nobody has visited yet",
         sql="SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
    dict(db="museum_visit", kind="ratio",
         q="what share of all visitor spending (in %) went to the Plaza Museum?",
         p="Of the total amount spent on visits, what percentage was spent at Plaza Museum?",
         sql="SELECT 100.0 * SUM(CASE WHEN m.Name = 'Plaza Museum' THEN v.Total_spent ELSE 0 END) / SUM(v.Total_spent) "
             "FROM visit v JOIN museum m ON m.Museum_ID = v.Museum_ID"),
    dict(db="museum_visit", kind="compare-to-aggregate",
         q="Which museums have more staff than the average museum? Name and staff count.",
         p="museums w/ above avg headcount + their staff numbers",
         sql="SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT AVG(Num_of_Staff) FROM museum)"),

    # ---------------- orchestra ----------------
    dict(db="orchestra", kind="count",
         q="how many american conductors are there",
         p="Count the conductors whose nationality is the United States.",
         sql="SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'"),
    dict(db="orchestra", kind="list",
         q="Show each orchestra with its record company and the year it was founded.",
         p="orchestras + record label + founding year",
         sql="SELECT Orchestra, Record_Company, Year_of_Founded FROM orchestra"),
    dict(db="orchestra", kind="filter-text",
         q="british conducters and how many yrs they've worked",
         p="List the conductors from the UK together with their years of work.",
         sql="SELECT Name, Year_of_Work FROM conductor WHERE Nationality = 'UK'"),
    dict(db="orchestra", kind="filter-number",
         q="Which performances pulled an audience share above 35%? Show the type and the share.",
         p="performance types w/ share over thirty-five percent, and the share",
         sql="SELECT Type, Share FROM performance WHERE CAST(REPLACE(Share, '%', '') AS REAL) > 35"),
    dict(db="orchestra", kind="aggregate",
         q="avg and max attendance across all shows?",
         p="What is the mean show attendance, and the highest attendance?",
         sql="SELECT AVG(Attendance), MAX(Attendance) FROM show"),
    dict(db="orchestra", kind="superlative",
         q="Which performance had the highest official rating? Give its type and date.",
         p="type + date of the top-rated performance (official ratings)",
         sql="SELECT Type, Date FROM performance ORDER BY \"Official_ratings_(millions)\" DESC LIMIT 1",
         tie="SELECT \"Official_ratings_(millions)\" FROM performance ORDER BY \"Official_ratings_(millions)\" DESC"),
    dict(db="orchestra", kind="group",
         q="how many orchestras use each major record format",
         p="Count orchestras per major recording format.",
         sql="SELECT Major_Record_Format, COUNT(*) FROM orchestra GROUP BY Major_Record_Format"),
    dict(db="orchestra", kind="join",
         q="List every orchestra alongside the name of its conductor.",
         p="orchestra -> conductor name, for all of them",
         sql="SELECT o.Orchestra, c.Name FROM orchestra o JOIN conductor c ON o.Conductor_ID = c.Conductor_ID"),
    dict(db="orchestra", kind="set",
         q="which orchestras have no performances on record?",
         p="Find the orchestras that never gave a performance.",
         sql="SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
    dict(db="orchestra", kind="ratio",
         q="What percentage of orchestras were founded before 2005?",
         p="% of orchestras founded earlier than 2005",
         sql="SELECT 100.0 * SUM(CASE WHEN Year_of_Founded < 2005 THEN 1 ELSE 0 END) / COUNT(*) FROM orchestra"),
    dict(db="orchestra", kind="compare-to-aggregate",
         q="conductors who've worked more years than the avg conductor - name, nationality, years",
         p="Which conductors have an above-average number of working years? Show name, nationality and years of work.",
         sql="SELECT Name, Nationality, Year_of_Work FROM conductor "
             "WHERE Year_of_Work > (SELECT AVG(Year_of_Work) FROM conductor)"),

    # ---------------- poker_player ----------------
    dict(db="poker_player", kind="count",
         q="How many people were born in 1986?",
         p="number of people with a birth date in nineteen eighty-six",
         sql="SELECT COUNT(*) FROM people WHERE TRIM(Birth_Date) LIKE '%1986'"),
    dict(db="poker_player", kind="list",
         q="list everyone in the people table w/ nationality and birth date",
         p="Show the name, nationality and date of birth of all people.",
         sql="SELECT Name, Nationality, Birth_Date FROM people"),
    dict(db="poker_player", kind="filter-text",
         q="Who are the Russians? Give names and heights.",
         p="russian people - name + height",
         sql="SELECT Name, Height FROM people WHERE Nationality = 'Russia'"),
    dict(db="poker_player", kind="filter-number",
         q="poker players who've earned more than 200k - names and earnings",
         p="Which poker players have earnings above 200,000? Show their name and earnings.",
         sql="SELECT pe.Name, pp.Earnings FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID "
             "WHERE pp.Earnings > 200000"),
    dict(db="poker_player", kind="aggregate",
         q="What are the average and the total earnings of the poker players?",
         p="avg + sum of poker player earings",
         sql="SELECT AVG(Earnings), SUM(Earnings) FROM poker_player"),
    dict(db="poker_player", kind="superlative",
         q="tallest poker player? name and height",
         p="Which poker player is the tallest, and how tall are they?",
         sql="SELECT pe.Name, pe.Height FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID "
             "ORDER BY pe.Height DESC LIMIT 1",
         tie="SELECT pe.Height FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID "
             "ORDER BY pe.Height DESC"),
    dict(db="poker_player", kind="group",
         q="How many people are there of each nationality?",
         p="people count per nationality",
         sql="SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality"),
    dict(db="poker_player", kind="join",
         q="each poker player's name + their money rank",
         p="Show every poker player by name together with their money rank.",
         sql="SELECT pe.Name, pp.Money_Rank FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID"),
    dict(db="poker_player", kind="set",
         q="Which people aren't poker players?",
         p="names of people who don't appear as poker players",
         sql="SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    dict(db="poker_player", kind="ratio",
         q="what % of total poker earnings belongs to Russian players",
         p="Of all poker player earnings, what percentage was earned by players from Russia?",
         sql="SELECT 100.0 * SUM(CASE WHEN pe.Nationality = 'Russia' THEN pp.Earnings ELSE 0 END) / SUM(pp.Earnings) "
             "FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID"),
    dict(db="poker_player", kind="compare-to-aggregate",
         q="Which players made more final tables than the average player? Show name and final tables made.",
         p="players w/ above-avg final table count + that count",
         sql="SELECT pe.Name, pp.Final_Table_Made FROM poker_player pp JOIN people pe ON pp.People_ID = pe.People_ID "
             "WHERE pp.Final_Table_Made > (SELECT AVG(Final_Table_Made) FROM poker_player)"),

    # ---------------- singer ----------------
    dict(db="singer", kind="count",
         q="# of singers from the US?",
         p="How many singers hold American citizenship?",
         sql="SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'"),
    dict(db="singer", kind="list",
         q="List all song titles with their sales.",
         p="every song + how many it sold",
         sql="SELECT Title, Sales FROM song"),
    dict(db="singer", kind="filter-text",
         q="which singers are german or chilean? name and citizenship",
         p="Show the singers with German or Chilean citizenship, including their citizenship.",
         sql="SELECT Name, Citizenship FROM singer WHERE Citizenship IN ('Germany', 'Chile')"),
    dict(db="singer", kind="filter-number",
         q="Singers born before 1945 - show name and birth year.",
         p="who was born earlier than nineteen forty-five? names + year of birth",
         sql="SELECT Name, Birth_Year FROM singer WHERE Birth_Year < 1945"),
    dict(db="singer", kind="aggregate",
         q="total and avg net worth of the singers (millions)",
         p="What is the combined net worth of all singers in millions, and the average?",
         sql="SELECT SUM(Net_Worth_Millions), AVG(Net_Worth_Millions) FROM singer"),
    dict(db="singer", kind="superlative",
         q="What's the best-selling song and who sang it?",
         p="top selling song title + singer name",
         sql="SELECT so.Title, si.Name FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID "
             "ORDER BY so.Sales DESC LIMIT 1",
         tie="SELECT so.Sales FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID ORDER BY so.Sales DESC"),
    dict(db="singer", kind="group",
         q="total song sales per singer (w/ singer names)",
         p="For each singer who has songs, what are their combined sales?",
         sql="SELECT si.Name, SUM(so.Sales) FROM singer si JOIN song so ON so.Singer_ID = si.Singer_ID "
             "GROUP BY si.Singer_ID, si.Name"),
    dict(db="singer", kind="join",
         q="List each song with the singer's name and their citizenship.",
         p="song title, who sings it, and that singer's citizenship",
         sql="SELECT so.Title, si.Name, si.Citizenship FROM song so JOIN singer si ON so.Singer_ID = si.Singer_ID"),
    dict(db="singer", kind="set",
         q="singers with no songs in the db?",
         p="Which singers don't have any song listed?",
         sql="SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)"),
    dict(db="singer", kind="ratio",
         q="What percentage of songs reached number one?",
         p="% of songs whose highest chart position was #1",
         sql="SELECT 100.0 * SUM(CASE WHEN Highest_Position = 1 THEN 1 ELSE 0 END) / COUNT(*) FROM song"),
    dict(db="singer", kind="compare-to-aggregate",
         q="songs that sold more than the average song - title + sales",
         p="Which songs have above-average sales? Give title and sales.",
         sql="SELECT Title, Sales FROM song WHERE Sales > (SELECT AVG(Sales) FROM song)"),

    # ---------------- tvshow ----------------
    dict(db="tvshow", kind="count",
         q="how many channels broadcast in Italian",
         p="Count the TV channels whose language is Italian.",
         sql="SELECT COUNT(*) FROM TV_Channel WHERE Language = 'Italian'"),
    dict(db="tvshow", kind="list",
         q="List all cartoons with who directed and who wrote them.",
         p="cartoon titles + director + writer",
         sql="SELECT Title, Directed_by, Written_by FROM Cartoon"),
    dict(db="tvshow", kind="filter-text",
         q="which channels support 16:9? series name + aspect ratio",
         p="Show the channels that offer a 16:9 pixel aspect ratio, with their series name and PAR value.",
         sql="SELECT series_name, Pixel_aspect_ratio_PAR FROM TV_Channel WHERE Pixel_aspect_ratio_PAR LIKE '%16:9%'"),
    dict(db="tvshow", kind="filter-number",
         q="Which TV series episodes had more than 6 million viewers? Show episode and viewers.",
         p="episodes w/ over six mil viewers + viewer count",
         sql="SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),
    dict(db="tvshow", kind="aggregate",
         q="avg rating and avg share for the tv series episodes",
         p="What are the mean rating and mean share across all TV series episodes?",
         sql="SELECT AVG(CAST(Rating AS REAL)), AVG(Share) FROM TV_series"),
    dict(db="tvshow", kind="superlative",
         q="Which episode had the best weekly rank?",
         p="episode w/ the top (lowest number) weekly ranking",
         sql="SELECT Episode FROM TV_series ORDER BY Weekly_Rank ASC LIMIT 1",
         tie="SELECT Weekly_Rank FROM TV_series ORDER BY Weekly_Rank ASC"),
    dict(db="tvshow", kind="group",
         q="number of channels per country",
         p="How many TV channels does each country have?",
         sql="SELECT Country, COUNT(*) FROM TV_Channel GROUP BY Country"),
    dict(db="tvshow", kind="join",
         q="Show each cartoon with the series name of the channel it aired on.",
         p="cartoon title + its channel's series name",
         sql="SELECT c.Title, t.series_name FROM Cartoon c JOIN TV_Channel t ON c.Channel = t.id"),
    dict(db="tvshow", kind="set",
         q="channels that never aired a cartoon?",
         p="Which channels (by series name) have no cartoons?",
         sql="SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon)"),
    dict(db="tvshow", kind="ratio",
         q="What percent of channels offer HD?",
         p="share of channels w/ high definition tv, as %",
         sql="SELECT 100.0 * SUM(CASE WHEN LOWER(TRIM(Hight_definition_TV)) = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
    dict(db="tvshow", kind="compare-to-aggregate",
         q="episodes with more viewers than the avg episode - episode name and air date",
         p="Which TV series episodes drew above-average viewership? List the episode and when it aired.",
         sql="SELECT Episode, Air_Date FROM TV_series "
             "WHERE CAST(Viewers_m AS REAL) > (SELECT AVG(CAST(Viewers_m AS REAL)) FROM TV_series)"),

    # ---------------- world_1 ----------------
    dict(db="world_1", kind="count",
         q="how many cities in Japan are in the database?",
         p="Count the cities listed for Japan.",
         sql="SELECT COUNT(*) FROM city ci JOIN country co ON ci.CountryCode = co.Code WHERE co.Name = 'Japan'"),
    dict(db="world_1", kind="list",
         q="List every contry with its continent and region.",
         p="all countries: name, continent, region",
         sql="SELECT Name, Continent, Region FROM country"),
    dict(db="world_1", kind="filter-text",
         q="what languages are spoken in Switzerland and what % speak each",
         p="Show the languages of Switzerland along with the percentage of speakers.",
         sql="SELECT cl.Language, cl.Percentage FROM countrylanguage cl JOIN country co ON cl.CountryCode = co.Code "
             "WHERE co.Name = 'Switzerland'"),
    dict(db="world_1", kind="filter-number",
         q="Asian countries with more than 100,000,000 people - name + population",
         p="Which countries in Asia have a population over one hundred million? Give name and population.",
         sql="SELECT Name, Population FROM country WHERE Continent = 'Asia' AND Population > 100000000"),
    dict(db="world_1", kind="aggregate",
         q="What's the total population and the average life expectancy of European countries?",
         p="europe: sum of population + avg life expectancy",
         sql="SELECT SUM(Population), AVG(LifeExpectancy) FROM country WHERE Continent = 'Europe'"),
    dict(db="world_1", kind="superlative",
         q="which country has the most cities listed, and how many?",
         p="Name the country with the largest number of cities in the data, plus that number.",
         sql="SELECT co.Name, COUNT(*) FROM city ci JOIN country co ON ci.CountryCode = co.Code "
             "GROUP BY co.Code, co.Name ORDER BY COUNT(*) DESC LIMIT 1",
         tie="SELECT COUNT(*) FROM city ci JOIN country co ON ci.CountryCode = co.Code "
             "GROUP BY co.Code ORDER BY COUNT(*) DESC"),
    dict(db="world_1", kind="group",
         q="For each continent, how many countries are there and what's the total population?",
         p="continent, # of countries, total pop",
         sql="SELECT Continent, COUNT(*), SUM(Population) FROM country GROUP BY Continent"),
    dict(db="world_1", kind="join",
         q="each country w/ the name of its capital city",
         p="Show every country's name next to its capital's name.",
         sql="SELECT co.Name, ci.Name FROM country co JOIN city ci ON co.Capital = ci.ID"),
    dict(db="world_1", kind="set",
         q="Which countries have both English and French spoken?",
         p="countries where english and french are both languages",
         sql="SELECT co.Name FROM country co JOIN countrylanguage cl ON cl.CountryCode = co.Code WHERE cl.Language = 'English' "
             "INTERSECT SELECT co.Name FROM country co JOIN countrylanguage cl ON cl.CountryCode = co.Code "
             "WHERE cl.Language = 'French'"),
    dict(db="world_1", kind="ratio",
         q="what % of the world's population lives in Asia",
         p="Asia's share of the total world population, as a percentage?",
         sql="SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country"),
    dict(db="world_1", kind="compare-to-aggregate",
         q="Which European countries have a life expectancy above the world average? Show name and life expectancy.",
         p="countries in europe w/ life expectancy higher than the global avg + their LE",
         sql="SELECT Name, LifeExpectancy FROM country WHERE Continent = 'Europe' "
             "AND LifeExpectancy > (SELECT AVG(LifeExpectancy) FROM country)"),
]


def main():
    errors = []
    out = []
    two_col = 0
    seen_q = set()
    for i, it in enumerate(ITEMS):
        tag = f"#{i} [{it['db']}/{it['kind']}]"
        if it["db"] not in DBS:
            errors.append(f"{tag} unknown db")
            continue
        if it["kind"] not in KINDS:
            errors.append(f"{tag} unknown kind")
        for key in ("q", "p"):
            norm = re.sub(r"\s+", " ", it[key].strip().lower())
            if norm in seen_q:
                errors.append(f"{tag} duplicate question/paraphrase: {it[key]}")
            seen_q.add(norm)
        if "round(" in it["sql"].lower():
            errors.append(f"{tag} ROUND in gold")
        path = os.path.join(DB_ROOT, it["db"], it["db"] + ".sqlite")
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            cur = con.execute(it["sql"])
            rows = cur.fetchall()
            ncols = len(cur.description)
        except Exception as e:
            errors.append(f"{tag} SQL error: {e}")
            con.close()
            continue
        if not rows:
            errors.append(f"{tag} empty result")
        elif all(v is None for r in rows for v in r):
            errors.append(f"{tag} all-NULL result")
        if ncols >= 2:
            two_col += 1
        m = re.search(r"\bLIMIT\s+(\d+)\s*$", it["sql"], re.I)
        if m or re.search(r"\bLIMIT\b", it["sql"], re.I):
            if not m or "tie" not in it:
                errors.append(f"{tag} LIMIT without tie check")
            else:
                n = int(m.group(1))
                keys = [r[0] for r in con.execute(it["tie"]).fetchall()]
                if len(keys) > n and keys[n - 1] == keys[n]:
                    errors.append(f"{tag} LIMIT {n} cut-off is tied ({keys[n-1]})")
                gold_n = len(rows)
                if gold_n != min(n, len(keys)):
                    errors.append(f"{tag} tie query row count mismatch")
        con.close()
        out.append({"question": it["q"], "db_id": it["db"], "query": it["sql"],
                    "paraphrase": it["p"], "kind": it["kind"]})

    cnt = Counter((it["db"], it["kind"]) for it in ITEMS)
    for d in DBS:
        for k in KINDS:
            if cnt[(d, k)] != 1:
                errors.append(f"{d}/{k}: {cnt[(d, k)]} items (want 1)")
    if len(ITEMS) != len(DBS) * len(KINDS):
        errors.append(f"total {len(ITEMS)} != {len(DBS) * len(KINDS)}")
    if two_col * 2 < len(ITEMS):
        errors.append(f"only {two_col} items ask for 2+ columns")

    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    kc = Counter(it["kind"] for it in ITEMS)
    print(f"OK: wrote {len(out)} items to {OUT}")
    print("per kind:", dict(kc))
    print(f"2+ columns: {two_col}/{len(out)}")


if __name__ == "__main__":
    main()
