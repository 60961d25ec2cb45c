#!/usr/bin/env python3
"""Blind evaluation set v2 half A: items as data, validated against the Spider SQLite files."""
import json, os, sqlite3, sys
from collections import Counter

BASE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/eval/spider/database"
OUT = os.path.dirname(os.path.abspath(__file__))
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
KINDS = {"simple", "filter", "aggregate", "group", "topn", "join", "compare", "set", "percent", "other"}
PER_DB = 16

ITEMS = []
def Q(db, kind, question, paraphrase, query):
    ITEMS.append({"question": question, "db_id": db, "query": query, "paraphrase": paraphrase, "kind": kind})

# ---------------- battle_death ----------------
D = "battle_death"
Q(D, "simple", "How many battles are recorded?",
  "What's the total number of battles in the database?",
  "SELECT count(*) FROM battle")
Q(D, "simple", "list the names of all the ships",
  "Give me every ship's name.",
  "SELECT name FROM ship")
Q(D, "filter", "Which battles ended in a Bulgarian victory?",
  "Show me the battles that the Bulgarians won.",
  "SELECT name FROM battle WHERE result = 'Bulgarian victory'")
Q(D, "filter", "Which battles had Kaloyan commanding the Bulgarian side while the Latin commander is unknown?",
  "List battles where the Bulgarian commander was Kaloyan and the Latin commander isn't known.",
  "SELECT name FROM battle WHERE bulgarian_commander = 'Kaloyan' AND latin_commander = 'Unknown'")
Q(D, "filter", "which ships were captured in the english channel",
  "Name the ships located in the English Channel whose disposition was 'captured'.",
  "SELECT name FROM ship WHERE disposition_of_ship = 'Captured' AND location = 'English Channel'")
Q(D, "aggregate", "What's the total number of people killed across all incidents?",
  "Add up the deaths over every recorded incident - how many were killed overall?",
  "SELECT sum(killed) FROM death")
Q(D, "aggregate", "How many people were killed in incidents in Chhattisgarh?",
  "What is the total death toll for incidents noted as being in the state of Chhattisgarh?",
  "SELECT sum(killed) FROM death WHERE note LIKE '%Chhattisgarh%' OR note LIKE '%Chattisgarh%'")
Q(D, "group", "How many ships of each type are there?",
  "Break down the ship count by ship type.",
  "SELECT ship_type, count(*) FROM ship GROUP BY ship_type")
Q(D, "group", "For each battle outcome, how many battles had that result?",
  "Count the battles per result.",
  "SELECT result, count(*) FROM battle GROUP BY result")
Q(D, "topn", "Which ship caused the most deaths in total, and how many?",
  "Name the ship responsible for the highest total number killed, along with that total.",
  "SELECT s.name, sum(d.killed) FROM ship s JOIN death d ON d.caused_by_ship_id = s.id GROUP BY s.id ORDER BY sum(d.killed) DESC LIMIT 1")
Q(D, "topn", "What's the ship with the biggest tonnage? show the tonnage too",
  "Which ship is the heaviest by tonnage, and what is its tonnage?",
  "SELECT name, tonnage FROM ship WHERE tonnage GLOB '[0-9]*' ORDER BY CAST(tonnage AS INTEGER) DESC LIMIT 1")
Q(D, "join", "List each ship together with the battle it was lost in.",
  "For every ship, show its name and the name of the battle where it was lost.",
  "SELECT s.name, b.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id")
Q(D, "join", "What ships were lost in battles that ended in a Latin victory?",
  "Name the ships lost in a battle the Latins won.",
  "SELECT s.name FROM ship s JOIN battle b ON s.lost_in_battle = b.id WHERE b.result = 'Latin victory'")
Q(D, "set", "Which battles didn't lose any ships?",
  "Name the battles in which no ship was lost.",
  "SELECT name FROM battle WHERE id NOT IN (SELECT lost_in_battle FROM ship WHERE lost_in_battle IS NOT NULL)")
Q(D, "compare", "Which incidents killed more people than average? Give the note and number killed.",
  "Show the note and death count for every incident whose killed figure is above the mean.",
  "SELECT note, killed FROM death WHERE killed > (SELECT avg(killed) FROM death)")
Q(D, "percent", "What percentage of recorded incidents had nobody killed?",
  "Of all the death records, what share (in %) have zero killed?",
  "SELECT 100.0 * sum(CASE WHEN killed = 0 THEN 1 ELSE 0 END) / count(*) FROM death")

# ---------------- concert_singer ----------------
D = "concert_singer"
Q(D, "simple", "How many singers do we have?",
  "What's the total count of singers on file?",
  "SELECT count(*) FROM singer")
Q(D, "simple", "list all stadium names and their capacities",
  "Show every stadium along with how many people it holds.",
  "SELECT Name, Capacity FROM stadium")
Q(D, "filter", "french singers over 30?",
  "Which singers from France are older than 30?",
  "SELECT Name FROM singer WHERE Country = 'France' AND Age > 30")
Q(D, "filter", "What are the names of the female singers?",
  "Which singers are women?",
  "SELECT Name FROM singer WHERE Is_male = 'F'")
Q(D, "filter", "Which concerts took place in 2015? Show name and theme.",
  "Give me the name and theme of every concert held in 2015.",
  "SELECT concert_Name, Theme FROM concert WHERE Year = '2015'")
Q(D, "aggregate", "What are the average, youngest and oldest ages of singers from France?",
  "For French singers, give the mean age plus the minimum and maximum age.",
  "SELECT avg(Age), min(Age), max(Age) FROM singer WHERE Country = 'France'")
Q(D, "aggregate", "whats the avg stadium capacity",
  "On average, how many people can a stadium hold?",
  "SELECT avg(Capacity) FROM stadium")
Q(D, "group", "Number of singers per country",
  "How many singers come from each country?",
  "SELECT Country, count(*) FROM singer GROUP BY Country")
Q(D, "group", "How many concerts were held each year?",
  "Give a yearly count of concerts.",
  "SELECT Year, count(*) FROM concert GROUP BY Year")
Q(D, "topn", "Which stadium has the biggest capacity and what is it?",
  "Name the largest stadium by capacity, with its capacity.",
  "SELECT Name, Capacity FROM stadium ORDER BY Capacity DESC LIMIT 1")
Q(D, "topn", "Which stadium has hosted the most concerts, and how many?",
  "Name the stadium with the highest number of concerts, plus that number.",
  "SELECT s.Name, count(*) FROM concert c JOIN stadium s ON CAST(c.Stadium_ID AS INTEGER) = s.Stadium_ID GROUP BY s.Stadium_ID ORDER BY count(*) DESC LIMIT 1")
Q(D, "join", "Who sang at the Auditions concert?",
  "List the singers that performed in the concert called Auditions.",
  "SELECT s.Name FROM singer s JOIN singer_in_concert sc ON CAST(sc.Singer_ID AS INTEGER) = s.Singer_ID JOIN concert c ON c.concert_ID = sc.concert_ID WHERE c.concert_Name = 'Auditions'")
Q(D, "group", "How many singers performed in each concert? show concert name, theme and the count",
  "For every concert, give its name, its theme and the number of singers who took part.",
  "SELECT c.concert_Name, c.Theme, count(*) FROM concert c JOIN singer_in_concert sc ON sc.concert_ID = c.concert_ID GROUP BY c.concert_ID")
Q(D, "set", "Which singers have never performed in a concert?",
  "Name the singers who don't appear in any concert.",
  "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT CAST(Singer_ID AS INTEGER) FROM singer_in_concert)")
Q(D, "compare", "Which stadiums are bigger than average? Give name and capacity.",
  "List the stadiums whose capacity exceeds the mean capacity, with their capacity.",
  "SELECT Name, Capacity FROM stadium WHERE Capacity > (SELECT avg(Capacity) FROM stadium)")
Q(D, "percent", "What percent of our singers are male?",
  "Share of male singers, as a percentage?",
  "SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer")

# ---------------- cre_Doc_Template_Mgt ----------------
D = "cre_Doc_Template_Mgt"
Q(D, "simple", "How many documents are there?",
  "What's the number of documents stored?",
  "SELECT count(*) FROM Documents")
Q(D, "simple", "List all the template type codes with their descriptions.",
  "Show me each template type code and what it stands for.",
  "SELECT Template_Type_Code, Template_Type_Description FROM Ref_Template_Types")
Q(D, "filter", "Show the IDs and version numbers of the presentation templates.",
  "Which templates are presentations? Give template id and version number.",
  "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'PPT'")
Q(D, "filter", "Which templates became effective after 2005?",
  "List the template IDs whose effective-from date is later than the year 2005.",
  "SELECT Template_ID FROM Templates WHERE Date_Effective_From >= '2006-01-01'")
Q(D, "filter", "Which documents have 'CV' in their name?",
  "Find the documents whose names contain CV.",
  "SELECT Document_Name FROM Documents WHERE Document_Name LIKE '%CV%'")
Q(D, "filter", "how many paragraphs mention korea",
  "Count the paragraphs whose text is Korea.",
  "SELECT count(*) FROM Paragraphs WHERE Paragraph_Text = 'Korea'")
Q(D, "aggregate", "What's the highest and lowest template version number?",
  "Give the maximum and minimum version numbers among templates.",
  "SELECT max(Version_Number), min(Version_Number) FROM Templates")
Q(D, "aggregate", "Average version number of book templates?",
  "What is the mean version number for templates of the Book type?",
  "SELECT avg(Version_Number) FROM Templates WHERE Template_Type_Code = 'BK'")
Q(D, "group", "How many templates are there for each template type code?",
  "Count templates per type code.",
  "SELECT Template_Type_Code, count(*) FROM Templates GROUP BY Template_Type_Code")
Q(D, "group", "Which documents have at least 2 paragraphs? Show the document name and paragraph count.",
  "List document names with two or more paragraphs, along with how many paragraphs each has.",
  "SELECT d.Document_Name, count(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID HAVING count(*) >= 2")
Q(D, "topn", "Which document has the most paragraphs, and how many?",
  "Name the document containing the largest number of paragraphs, with that number.",
  "SELECT d.Document_Name, count(*) FROM Documents d JOIN Paragraphs p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID ORDER BY count(*) DESC LIMIT 1")
Q(D, "topn", "Which template type is used by the most documents? Give its description and the number of documents.",
  "What kind of template do the largest number of documents use - description and document count please.",
  "SELECT r.Template_Type_Description, count(*) FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code GROUP BY r.Template_Type_Code ORDER BY count(*) DESC LIMIT 1")
Q(D, "join", "What type of template does the document 'Data base' use? Give the type description.",
  "For the document named Data base, what's the description of its template's type?",
  "SELECT r.Template_Type_Description FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types r ON r.Template_Type_Code = t.Template_Type_Code WHERE d.Document_Name = 'Data base'")
Q(D, "join", "list document names along with the version number of the template each one uses",
  "For each document, show its name and its template's version number.",
  "SELECT d.Document_Name, t.Version_Number FROM Documents d JOIN Templates t ON d.Template_ID = t.Template_ID")
Q(D, "set", "Which templates aren't used by any document? Give their IDs.",
  "List the IDs of templates that no document uses.",
  "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents")
Q(D, "percent", "What share of the templates are CV templates, in percent?",
  "What percentage of all templates have the CV type?",
  "SELECT 100.0 * sum(CASE WHEN Template_Type_Code = 'CV' THEN 1 ELSE 0 END) / count(*) FROM Templates")

# ---------------- employee_hire_evaluation ----------------
D = "employee_hire_evaluation"
Q(D, "simple", "how many employees are there",
  "What's our total headcount of employees?",
  "SELECT count(*) FROM employee")
Q(D, "simple", "List the names of all shop managers.",
  "Who are the managers of the shops?",
  "SELECT Manager_name FROM shop")
Q(D, "simple", "How many different cities do our employees come from?",
  "Count the distinct cities that employees are from.",
  "SELECT count(DISTINCT City) FROM employee")
Q(D, "filter", "Which employees are from Bristol and under 35?",
  "Name the employees younger than 35 whose city is Bristol.",
  "SELECT Name FROM employee WHERE City = 'Bristol' AND Age < 35")
Q(D, "filter", "Which shops have more than 5,000 products?",
  "List the shops stocking over 5000 products.",
  "SELECT Name FROM shop WHERE Number_products > 5000")
Q(D, "join", "Which employees work part-time?",
  "Give the names of the employees who were hired on a part-time basis.",
  "SELECT e.Name FROM employee e JOIN hiring h ON h.Employee_ID = e.Employee_ID WHERE h.Is_full_time = 'F'")
Q(D, "aggregate", "total bonus paid out in 2016?",
  "Sum up the bonuses awarded for the year 2016.",
  "SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'")
Q(D, "aggregate", "average age of the employees from Bath?",
  "What is the mean age of employees whose city is Bath?",
  "SELECT avg(Age) FROM employee WHERE City = 'Bath'")
Q(D, "group", "How many employees come from each city?",
  "Give the number of employees per city.",
  "SELECT City, count(*) FROM employee GROUP BY City")
Q(D, "group", "For each shop that has hired someone, how many employees did it hire? Show the shop name.",
  "Number of hires per shop, by shop name (only shops with at least one hire).",
  "SELECT s.Name, count(*) FROM shop s JOIN hiring h ON h.Shop_ID = s.Shop_ID GROUP BY s.Shop_ID")
Q(D, "group", "Which employees have received a bonus in more than one year?",
  "Name the employees awarded bonuses in two or more different years.",
  "SELECT e.Name FROM employee e JOIN evaluation v ON CAST(v.Employee_ID AS INTEGER) = e.Employee_ID GROUP BY e.Employee_ID HAVING count(DISTINCT v.Year_awarded) > 1")
Q(D, "topn", "Who got the biggest single bonus, and how much was it?",
  "Which employee received the largest one-off bonus? Include the amount.",
  "SELECT e.Name, v.Bonus FROM employee e JOIN evaluation v ON CAST(v.Employee_ID AS INTEGER) = e.Employee_ID ORDER BY v.Bonus DESC LIMIT 1")
Q(D, "topn", "Which shop has hired the most employees? Give the count too.",
  "Name the shop with the most hires and its number of hires.",
  "SELECT s.Name, count(*) FROM shop s JOIN hiring h ON h.Shop_ID = s.Shop_ID GROUP BY s.Shop_ID ORDER BY count(*) DESC LIMIT 1")
Q(D, "topn", "Top 3 shops by number of products, with the product counts",
  "Which three shops carry the largest number of products, and how many does each carry?",
  "SELECT Name, Number_products FROM shop ORDER BY Number_products DESC LIMIT 3")
Q(D, "set", "Which employees have never received a bonus?",
  "List the employees that have no evaluation bonus on record.",
  "SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT CAST(Employee_ID AS INTEGER) FROM evaluation)")
Q(D, "percent", "What percentage of hired staff are full-time?",
  "Among all hires, what's the full-time share in percent?",
  "SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring")

# ---------------- museum_visit ----------------
D = "museum_visit"
Q(D, "simple", "How many museums are there?",
  "What's the number of museums in the data?",
  "SELECT count(*) FROM museum")
Q(D, "simple", "List the visitors' names and ages.",
  "Show every visitor with their age.",
  "SELECT Name, Age FROM visitor")
Q(D, "filter", "Which musuems opened after 2009?",
  "Name the museums whose opening year is later than 2009.",
  "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009")
Q(D, "filter", "museums that opened before 2010 and have more than 15 staff",
  "Which museums have over 15 staff members and an opening year earlier than 2010?",
  "SELECT Name FROM museum WHERE CAST(Open_Year AS INTEGER) < 2010 AND Num_of_Staff > 15")
Q(D, "filter", "How old is Gonzalo Higuain?",
  "What is the age of the visitor Gonzalo Higuain?",
  "SELECT Age FROM visitor WHERE trim(Name) IN ('Gonzalo Higuain', 'Gonzalo Higuaín')")
Q(D, "filter", "Which visitors have a membership level above 4?",
  "List visitors whose level of membership is higher than 4.",
  "SELECT Name FROM visitor WHERE Level_of_membership > 4")
Q(D, "aggregate", "What's the total amount spent across all museum visits?",
  "How much money was spent in total over every visit?",
  "SELECT sum(Total_spent) FROM visit")
Q(D, "aggregate", "Average staff size of museums that opened in 2008?",
  "For the museums opened in 2008, what is the mean number of staff?",
  "SELECT avg(Num_of_Staff) FROM museum WHERE Open_Year = '2008'")
Q(D, "group", "How many visits has each museum had? show museum name",
  "Give the visit count per museum, by name (museums with visits only).",
  "SELECT m.Name, count(*) FROM museum m JOIN visit v ON v.Museum_ID = m.Museum_ID GROUP BY m.Museum_ID")
Q(D, "group", "Total number of tickets bought by each visitor, with the visitor name",
  "For each visitor who visited, how many tickets did they buy altogether?",
  "SELECT vi.Name, sum(v.Num_of_Ticket) FROM visitor vi JOIN visit v ON CAST(v.visitor_ID AS INTEGER) = vi.ID GROUP BY vi.ID")
Q(D, "topn", "Which visitor spent the most money in total? Show the amount.",
  "Who is the biggest spender across all visits, and what did they spend overall?",
  "SELECT vi.Name, sum(v.Total_spent) FROM visitor vi JOIN visit v ON CAST(v.visitor_ID AS INTEGER) = vi.ID GROUP BY vi.ID ORDER BY sum(v.Total_spent) DESC LIMIT 1")
Q(D, "topn", "Which museum has the most staff?",
  "Name the museum employing the largest number of staff, and that number.",
  "SELECT Name, Num_of_Staff FROM museum ORDER BY Num_of_Staff DESC LIMIT 1")
Q(D, "topn", "who are the 2 oldest visitors? include ages",
  "Give the two visitors with the highest age, along with their ages.",
  "SELECT Name, Age FROM visitor ORDER BY Age DESC LIMIT 2")
Q(D, "join", "Which museums did Arjen Robben visit?",
  "List the museums visited by Arjen Robben.",
  "SELECT m.Name FROM museum m JOIN visit v ON v.Museum_ID = m.Museum_ID JOIN visitor vi ON CAST(v.visitor_ID AS INTEGER) = vi.ID WHERE vi.Name = 'Arjen Robben'")
Q(D, "set", "Which museums have never had a visitor?",
  "Name the museums with no visits recorded.",
  "SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)")
Q(D, "percent", "What share of our visitors have actually visited a museum (percent)?",
  "Out of all registered visitors, what percentage have at least one visit?",
  "SELECT 100.0 * (SELECT count(DISTINCT visitor_ID) FROM visit) / (SELECT count(*) FROM visitor)")

# ---------------- orchestra ----------------
D = "orchestra"
Q(D, "simple", "How many conducters are there?",
  "Count the conductors.",
  "SELECT count(*) FROM conductor")
Q(D, "simple", "List all orchestras and their record companies.",
  "Show each orchestra with the record company it's with.",
  "SELECT Orchestra, Record_Company FROM orchestra")
Q(D, "filter", "Which American conductors are older than 45?",
  "Name the conductors from the US who are over 45.",
  "SELECT Name FROM conductor WHERE Nationality = 'USA' AND Age > 45")
Q(D, "filter", "Which orchestras were founded after 2005?",
  "List orchestras with a founding year later than 2005.",
  "SELECT Orchestra FROM orchestra WHERE Year_of_Founded > 2005")
Q(D, "filter", "Which orchestras mainly record on DVD?",
  "Find orchestras whose major record format is DVD.",
  "SELECT Orchestra FROM orchestra WHERE Major_Record_Format = 'DVD'")
Q(D, "filter", "Which performances had a share over 40%? Give type and share.",
  "Show the type and share of performances with more than a 40 percent share.",
  "SELECT Type, Share FROM performance WHERE CAST(REPLACE(Share, '%', '') AS REAL) > 40")
Q(D, "aggregate", "What's the average age of British conductors?",
  "Mean age of the conductors from the UK?",
  "SELECT avg(Age) FROM conductor WHERE Nationality = 'UK'")
Q(D, "aggregate", "What is the average attendance at shows?",
  "On average, how many people attended a show?",
  "SELECT avg(Attendance) FROM show")
Q(D, "group", "How many conductors are there of each nationality?",
  "Conductor count by nationality, please.",
  "SELECT Nationality, count(*) FROM conductor GROUP BY Nationality")
Q(D, "group", "number of orchestras per major record format",
  "How many orchestras use each major recording format?",
  "SELECT Major_Record_Format, count(*) FROM orchestra GROUP BY Major_Record_Format")
Q(D, "topn", "Which conductor has the most years of work, and how many years?",
  "Who has worked the longest among conductors? Give the years of work.",
  "SELECT Name, Year_of_Work FROM conductor ORDER BY Year_of_Work DESC LIMIT 1")
Q(D, "topn", "Which performance had the highest official rating? Give the type and the rating in millions.",
  "What is the top-rated performance by official ratings (millions), with its type and rating?",
  "SELECT Type, \"Official_ratings_(millions)\" FROM performance ORDER BY \"Official_ratings_(millions)\" DESC LIMIT 1")
Q(D, "join", "who conducts the kirov orchestra",
  "Name the conductor of the Kirov Orchestra.",
  "SELECT c.Name FROM conductor c JOIN orchestra o ON o.Conductor_ID = c.Conductor_ID WHERE o.Orchestra = 'Kirov Orchestra'")
Q(D, "set", "Which orchestras have never had a performance?",
  "List orchestras without any performance on record.",
  "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)")
Q(D, "compare", "Which conductors are older than the average conductor?",
  "Name conductors whose age is above the mean conductor age.",
  "SELECT Name FROM conductor WHERE Age > (SELECT avg(Age) FROM conductor)")
Q(D, "join", "Which record company does the orchestra conducted by Pierre Boulez use?",
  "Pierre Boulez conducts an orchestra - what record company is that orchestra with?",
  "SELECT o.Record_Company FROM orchestra o JOIN conductor c ON c.Conductor_ID = o.Conductor_ID WHERE c.Name = 'Pierre Boulez'")

# ---------------- poker_player ----------------
D = "poker_player"
Q(D, "simple", "How many poker players are there?",
  "What's the number of poker players on record?",
  "SELECT count(*) FROM poker_player")
Q(D, "simple", "list the names and nationalities of all people",
  "Show every person's name alongside their nationality.",
  "SELECT Name, Nationality FROM people")
Q(D, "filter", "Who is taller than 195 cm?",
  "Which people have a height greater than 195?",
  "SELECT Name FROM people WHERE Height > 195")
Q(D, "filter", "Which poker players are Russian?",
  "Name the poker players whose nationality is Russia.",
  "SELECT pe.Name FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID WHERE pe.Nationality = 'Russia'")
Q(D, "filter", "Which people were born in 1986?",
  "List the people whose birth year is 1986.",
  "SELECT Name FROM people WHERE Birth_Date LIKE '%1986'")
Q(D, "aggregate", "What are the total earnings of all poker players combined?",
  "Sum of earnings across every poker player?",
  "SELECT sum(Earnings) FROM poker_player")
Q(D, "aggregate", "Average earnings of players who made over 20 final tabels?",
  "For poker players with over 20 final tables made, what's the mean earnings?",
  "SELECT avg(Earnings) FROM poker_player WHERE Final_Table_Made > 20")
Q(D, "group", "How many people are there of each nationality?",
  "Count people by nationality.",
  "SELECT Nationality, count(*) FROM people GROUP BY Nationality")
Q(D, "group", "For each nationality, what's the average earnings of its poker players?",
  "Average poker-player earnings broken down by nationality.",
  "SELECT pe.Nationality, avg(pp.Earnings) FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID GROUP BY pe.Nationality")
Q(D, "topn", "Which poker player has earned the most money, and how much?",
  "Name the top-earning poker player along with their earnings.",
  "SELECT pe.Name, pp.Earnings FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID ORDER BY pp.Earnings DESC LIMIT 1")
Q(D, "topn", "Give me the 3 players with the best money rank (lowest number) and their ranks.",
  "Which three poker players have the lowest money rank values? Show names and money ranks.",
  "SELECT pe.Name, pp.Money_Rank FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID ORDER BY pp.Money_Rank ASC LIMIT 3")
Q(D, "topn", "who's the tallest poker player",
  "Of all poker players, which one has the greatest height, and what is it?",
  "SELECT pe.Name, pe.Height FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID ORDER BY pe.Height DESC LIMIT 1")
Q(D, "join", "What's the birth date of the poker player who earned 142,800?",
  "When was the player with earnings of 142800 born?",
  "SELECT pe.Birth_Date FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID WHERE pp.Earnings = 142800")
Q(D, "set", "Which people are not poker players?",
  "List the people who don't appear as poker players.",
  "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)")
Q(D, "compare", "Which poker players earn more than the average? Give names and earnings.",
  "Show the players whose earnings are above the mean, with their earnings.",
  "SELECT pe.Name, pp.Earnings FROM poker_player pp JOIN people pe ON pe.People_ID = pp.People_ID WHERE pp.Earnings > (SELECT avg(Earnings) FROM poker_player)")
Q(D, "percent", "What percentage of the people listed are poker players?",
  "Out of everyone in the people table, what share (%) play poker?",
  "SELECT 100.0 * (SELECT count(DISTINCT People_ID) FROM poker_player) / (SELECT count(*) FROM people)")

# ---------------- singer ----------------
D = "singer"
Q(D, "simple", "How many singers are there in total?",
  "What's the overall number of singers?",
  "SELECT count(*) FROM singer")
Q(D, "simple", "List all the song titles.",
  "Give me the title of every song.",
  "SELECT Title FROM song")
Q(D, "filter", "Which singers are American?",
  "Name the singers with US citizenship.",
  "SELECT Name FROM singer WHERE Citizenship = 'United States'")
Q(D, "filter", "singers born after 1950",
  "Which singers have a birth year later than 1950?",
  "SELECT Name FROM singer WHERE Birth_Year > 1950")
Q(D, "filter", "Which songs sold over 300,000 copies?",
  "List song titles with sales above 300000.",
  "SELECT Title FROM song WHERE Sales > 300000")
Q(D, "aggregate", "What are the total sales of all songs?",
  "Add up the sales figures for every song.",
  "SELECT sum(Sales) FROM song")
Q(D, "aggregate", "Average net worth of US singers, in millions?",
  "What's the mean net worth (millions) for singers who are American citizens?",
  "SELECT avg(Net_Worth_Millions) FROM singer WHERE Citizenship = 'United States'")
Q(D, "group", "How many singers hold each citizenship?",
  "Number of singers per citizenship.",
  "SELECT Citizenship, count(*) FROM singer GROUP BY Citizenship")
Q(D, "group", "Total song sales for each singer who has songs, by singer name",
  "For every singer with songs, what are their combined sales?",
  "SELECT s.Name, sum(so.Sales) FROM singer s JOIN song so ON so.Singer_ID = s.Singer_ID GROUP BY s.Singer_ID")
Q(D, "group", "Which singers have more than one song?",
  "Name the singers credited with at least two songs.",
  "SELECT s.Name FROM singer s JOIN song so ON so.Singer_ID = s.Singer_ID GROUP BY s.Singer_ID HAVING count(*) > 1")
Q(D, "topn", "Who's the richest singer and what is her net worth?",
  "Which singer has the highest net worth, and how much is it in millions?",
  "SELECT Name, Net_Worth_Millions FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1")
Q(D, "topn", "What's the best-selling song, and how many did it sell?",
  "Name the song with the highest sales, plus its sales.",
  "SELECT Title, Sales FROM song ORDER BY Sales DESC LIMIT 1")
Q(D, "join", "Who sang 'Cha Cha Slide'?",
  "Which singer performs the song Cha Cha Slide?",
  "SELECT s.Name FROM singer s JOIN song so ON so.Singer_ID = s.Singer_ID WHERE so.Title = 'Cha Cha Slide'")
Q(D, "set", "Which singers don't have any songs?",
  "List the singers with no songs in the database.",
  "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)")
Q(D, "compare", "Which singers have a net worth above the averge?",
  "Name singers worth more than the mean net worth.",
  "SELECT Name FROM singer WHERE Net_Worth_Millions > (SELECT avg(Net_Worth_Millions) FROM singer)")
Q(D, "join", "Which songs by American singers got to number 1?",
  "List the titles of songs by US-citizen singers whose highest chart position was 1.",
  "SELECT so.Title FROM song so JOIN singer s ON s.Singer_ID = so.Singer_ID WHERE s.Citizenship = 'United States' AND so.Highest_Position = 1")

# ---------------- tvshow ----------------
D = "tvshow"
Q(D, "simple", "how many tv channels r there",
  "Count the TV channels we have.",
  "SELECT count(*) FROM TV_Channel")
Q(D, "simple", "List all cartoon titles with their directors.",
  "Show every cartoon's title and who directed it.",
  "SELECT Title, Directed_by FROM Cartoon")
Q(D, "filter", "Wich channels broadcast in English?",
  "Give the series names of the English-language channels.",
  "SELECT series_name FROM TV_Channel WHERE Language = 'English'")
Q(D, "filter", "Which channels offer high definition?",
  "Name the channels that are HD.",
  "SELECT series_name FROM TV_Channel WHERE Hight_definition_TV = 'yes'")
Q(D, "filter", "Cartoons directed by Ben Jones and written by J.M. DeMatteis?",
  "Which cartoons had Ben Jones as director and J. M. DeMatteis as writer?",
  "SELECT Title FROM Cartoon WHERE Directed_by = 'Ben Jones' AND Written_by = 'J. M. DeMatteis'")
Q(D, "filter", "Which cartoons first aired in 2008?",
  "List the cartoons whose original air date falls in 2008.",
  "SELECT Title FROM Cartoon WHERE Original_air_date LIKE '%2008'")
Q(D, "aggregate", "What's the average share across the TV series episodes?",
  "Mean share of the episodes in the TV series table?",
  "SELECT avg(Share) FROM TV_series")
Q(D, "aggregate", "What's the most viewers (in millions) any episode got?",
  "Highest viewer count, in millions, for a single episode?",
  "SELECT max(CAST(Viewers_m AS REAL)) FROM TV_series")
Q(D, "group", "How many channels are there per country?",
  "Number of TV channels in each country.",
  "SELECT Country, count(*) FROM TV_Channel GROUP BY Country")
Q(D, "group", "how many cartoons did each director make",
  "Give the cartoon count for each director.",
  "SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by")
Q(D, "topn", "Which episode had the highest rating, and what was it?",
  "Name the top-rated episode along with its rating.",
  "SELECT Episode, Rating FROM TV_series ORDER BY CAST(Rating AS REAL) DESC LIMIT 1")
Q(D, "topn", "Which channel aired the most cartoons? Give the channel's series name and how many.",
  "Name the channel showing the largest number of cartoons, with the count.",
  "SELECT t.series_name, count(*) FROM Cartoon c JOIN TV_Channel t ON t.id = c.Channel GROUP BY t.id ORDER BY count(*) DESC LIMIT 1")
Q(D, "join", "Which channel aired the episode 'Keepers'?",
  "On what channel (series name) was the Keepers episode shown?",
  "SELECT t.series_name FROM TV_series s JOIN TV_Channel t ON t.id = s.Channel WHERE s.Episode = 'Keepers'")
Q(D, "join", "Which cartoons were shown on British channels?",
  "List the titles of cartoons aired on channels based in the United Kingdom.",
  "SELECT c.Title FROM Cartoon c JOIN TV_Channel t ON t.id = c.Channel WHERE t.Country = 'United Kingdom'")
Q(D, "set", "Which channels haven't aired any cartoons?",
  "Give the series names of channels with no cartoons.",
  "SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon WHERE Channel IS NOT NULL)")
Q(D, "percent", "What percentage of the channels are in Italy?",
  "Share of TV channels whose country is Italy, as a percent?",
  "SELECT 100.0 * sum(CASE WHEN Country = 'Italy' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel")

# ---------------- world_1 ----------------
D = "world_1"
Q(D, "simple", "How many countries are there?",
  "What's the total number of countries in the table?",
  "SELECT count(*) FROM country")
Q(D, "simple", "What's the population of Russia?",
  "How many people live in Russia?",
  "SELECT Population FROM country WHERE Name = 'Russian Federation'")
Q(D, "filter", "Which South American countries have a life expectancy above 70?",
  "List countries in South America where life expectancy is over 70.",
  "SELECT Name FROM country WHERE Continent = 'South America' AND LifeExpectancy > 70")
Q(D, "filter", "Which Japanese cities have more than 1,000,000 people?",
  "List the cities in Japan with a population over one million.",
  "SELECT ci.Name FROM city ci JOIN country c ON c.Code = ci.CountryCode WHERE c.Name = 'Japan' AND ci.Population > 1000000")
Q(D, "filter", "whats the population of mumbai",
  "How many inhabitants does the city of Mumbai have?",
  "SELECT Population FROM city WHERE Name LIKE 'Mumbai%'")
Q(D, "aggregate", "What's the total population of Europe?",
  "Sum of the populations of all European countries?",
  "SELECT sum(Population) FROM country WHERE Continent = 'Europe'")
Q(D, "aggregate", "Average life expectancy in Africa?",
  "What is the mean life expectancy across African countries?",
  "SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'Africa'")
Q(D, "aggregate", "What's the combined GNP of the Nordic countries?",
  "Add up the GNP of countries in the Nordic region.",
  "SELECT sum(GNP) FROM country WHERE Region = 'Nordic Countries'")
Q(D, "group", "How many countries are on each continent?",
  "Country count per continent.",
  "SELECT Continent, count(*) FROM country GROUP BY Continent")
Q(D, "group", "Which languages are official in more than 5 countries? Show how many.",
  "List languages with official status in over five countries, with the number of countries.",
  "SELECT Language, count(*) FROM countrylanguage WHERE IsOfficial = 'T' GROUP BY Language HAVING count(*) > 5")
Q(D, "topn", "Top 5 most populous cities, with population",
  "Which five cities have the largest populations? Include the populations.",
  "SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5")
Q(D, "topn", "Which country has the largest surface area?",
  "Name the biggest country by area, with its surface area.",
  "SELECT Name, SurfaceArea FROM country ORDER BY SurfaceArea DESC LIMIT 1")
Q(D, "join", "What's the capital of France?",
  "Name the capital city of France.",
  "SELECT ci.Name FROM country c JOIN city ci ON ci.ID = c.Capital WHERE c.Name = 'France'")
Q(D, "set", "Which countries have both English and French as official languages?",
  "List the countries where English and French are each an official language.",
  "SELECT Name FROM country WHERE Code IN (SELECT CountryCode FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'T') AND Code IN (SELECT CountryCode FROM countrylanguage WHERE Language = 'French' AND IsOfficial = 'T')")
Q(D, "compare", "Which European countries have a GNP above the European average?",
  "Name countries in Europe whose GNP exceeds the mean GNP for Europe.",
  "SELECT Name FROM country WHERE Continent = 'Europe' AND GNP > (SELECT avg(GNP) FROM country WHERE Continent = 'Europe')")
Q(D, "percent", "What percentage of the world's population lives in Asia?",
  "Asia's share of the total world population, in percent?",
  "SELECT 100.0 * sum(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / sum(Population) FROM country")

UNANSWERABLE = [
    {"question": "How many soldiers fought at the Battle of Adrianople?", "db_id": "battle_death", "query": ""},
    {"question": "What was the ticket price for the Auditions concert?", "db_id": "concert_singer", "query": ""},
    {"question": "What is George Chuter's annual salary?", "db_id": "employee_hire_evaluation", "query": ""},
    {"question": "What's the email address of the visitor Arjen Robben?", "db_id": "museum_visit", "query": ""},
    {"question": "How many musicians play in the London Symphony Orchestra?", "db_id": "orchestra", "query": ""},
    {"question": "How much does Aleksey Ostapenko weigh?", "db_id": "poker_player", "query": ""},
    {"question": "What's the monthly subscription price of Sky Radio?", "db_id": "tvshow", "query": ""},
    {"question": "What is the unemployment rate in Germany?", "db_id": "world_1", "query": ""},
]


def main():
    errors = []
    per_db = Counter(it["db_id"] for it in ITEMS)
    for db in DBS:
        if per_db[db] != PER_DB:
            errors.append(f"{db}: {per_db[db]} items, expected {PER_DB}")
    for db in per_db:
        if db not in DBS:
            errors.append(f"unknown db {db}")
    texts = [it["question"].strip().lower() for it in ITEMS] + [it["paraphrase"].strip().lower() for it in ITEMS] \
        + [u["question"].strip().lower() for u in UNANSWERABLE]
    for t, n in Counter(texts).items():
        if n > 1:
            errors.append(f"duplicate question text: {t}")
    for it in ITEMS:
        if it["kind"] not in KINDS:
            errors.append(f"bad kind {it['kind']}: {it['question']}")
        if not it["paraphrase"].strip() or it["paraphrase"].strip() == it["question"].strip():
            errors.append(f"missing paraphrase: {it['question']}")
        path = os.path.join(BASE, it["db_id"], it["db_id"] + ".sqlite")
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            rows = con.execute(it["query"]).fetchall()
            con.close()
        except Exception as e:
            errors.append(f"SQL error ({it['db_id']}) {it['question']}: {e}")
            continue
        if not rows or all(all(v is None for v in r) for r in rows):
            errors.append(f"empty result: {it['question']}")
        elif len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] == 0:
            errors.append(f"zero count: {it['question']}")
    udbs = [u["db_id"] for u in UNANSWERABLE]
    if len(UNANSWERABLE) != 8 or len(set(udbs)) != 8:
        errors.append("need 8 unanswerable questions over 8 different databases")
    for u in UNANSWERABLE:
        if u["db_id"] not in DBS or u["query"] != "":
            errors.append(f"bad unanswerable item: {u}")
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    with open(os.path.join(OUT, "spider_v2_A.json"), "w", encoding="utf-8") as f:
        json.dump(ITEMS, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "spider_v2_A_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(UNANSWERABLE, f, indent=2, ensure_ascii=False)
    print(f"OK: {len(ITEMS)} items, {len(UNANSWERABLE)} unanswerable")
    print("per db:", dict(per_db))
    print("per kind:", dict(Counter(it["kind"] for it in ITEMS)))


if __name__ == "__main__":
    main()
