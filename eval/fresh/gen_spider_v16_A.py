#!/usr/bin/env python3
"""Generate the held-out Spider-style evaluation set v16 (half A).

Every item is data below. Running the script executes each gold query on its
SQLite database, checks it, and only when every check passes writes
spider_v16_A.json and spider_v16_A_unanswerable.json next to this file.

Item fields: q (question), p (paraphrase), sql (gold SQLite), ncol (number of
result columns), kind, and for top-N / superlative items tie = (sql, n): the
ordering values without the LIMIT, which must not tie at the cut-off n.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "group",
         "superlative", "join", "set", "ratio", "projection"]

ITEMS = {
"battle_death": [
 dict(kind="count", ncol=1,
  q="How many battles ended in a Bulgarian victory?",
  p="Count the battles whose result was a win for the Bulgarians.",
  sql="SELECT COUNT(*) FROM battle WHERE result = 'Bulgarian victory'"),
 dict(kind="list", ncol=2,
  q="list every ship with its ship type",
  p="Give me all the ships' names along with what type of ship each one is.",
  sql="SELECT name, ship_type FROM ship"),
 dict(kind="filter-text", ncol=1,
  q="Which ships got captured?",
  p="Give the names of ships whose disposition was 'captured'.",
  sql="SELECT name FROM ship WHERE disposition_of_ship = 'Captured'"),
 dict(kind="filter-number", ncol=2,
  q="death records where more than 10 people were killed - note and number killed pls",
  p="Show the note and the killed count for every death entry with over ten fatalities.",
  sql="SELECT note, killed FROM death WHERE killed > 10"),
 dict(kind="aggregate", ncol=2,
  q="What are the total numbers of people killed and injured across all death records?",
  p="Sum up the killed and the injured columns over every recorded death incident.",
  sql="SELECT SUM(killed), SUM(injured) FROM death"),
 dict(kind="group", ncol=2,
  q="For each battle outcome, how many battles had that result?",
  p="Break down the number of battles by their result.",
  sql="SELECT result, COUNT(*) FROM battle GROUP BY result"),
 dict(kind="superlative", ncol=2,
  q="Which ship caused the most deaths overall? Give the ship name and the total killed.",
  p="Name the ship with the highest combined number of people killed, along with that total.",
  sql="SELECT s.name, SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id GROUP BY s.id ORDER BY SUM(d.killed) DESC LIMIT 1",
  tie=("SELECT SUM(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id GROUP BY s.id ORDER BY SUM(d.killed) DESC", 1)),
 dict(kind="join", ncol=1,
  q="names of the ships lost in battles where Henry I was the latin commander",
  p="Which ships were lost in a battle in which the Latin side was commanded by Henry I?",
  sql="SELECT s.name FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id WHERE b.latin_commander = 'Henry I'"),
 dict(kind="set", ncol=1,
  q="Which battles didn't lose any ships at all?",
  p="List the names of battles that have no ship recorded as lost in them.",
  sql="SELECT name FROM battle EXCEPT SELECT b.name FROM battle AS b JOIN ship AS s ON s.lost_in_battle = b.id"),
 dict(kind="ratio", ncol=1,
  q="What percentage of the ships ended up being captured?",
  p="Out of all ships, what share (as a percent) has the disposition captured?",
  sql="SELECT 100.0 * SUM(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / COUNT(*) FROM ship"),
 dict(kind="projection", ncol=4,
  q="Show each battle's name, date, and both the bulgarian and latin commanders.",
  p="For every battle give me the name, when it took place, the Bulgarian commander and the Latin commander.",
  sql="SELECT name, date, bulgarian_commander, latin_commander FROM battle"),
],
"concert_singer": [
 dict(kind="count", ncol=1,
  q="how many concerts took place in 2015",
  p="What is the number of concerts held in the year 2015?",
  sql="SELECT COUNT(*) FROM concert WHERE Year = '2015'"),
 dict(kind="list", ncol=1,
  q="List all the stadium names.",
  p="What are the names of every stadium we have?",
  sql="SELECT Name FROM stadium"),
 dict(kind="filter-text", ncol=2,
  q="Which singers are French? I need their names and ages.",
  p="Show the name and age of each singer whose country is France.",
  sql="SELECT Name, Age FROM singer WHERE Country = 'France'"),
 dict(kind="filter-number", ncol=1,
  q="stadiums that hold more than 10k people?",
  p="Name the stadiums with a capacity above 10,000.",
  sql="SELECT Name FROM stadium WHERE Capacity > 10000"),
 dict(kind="aggregate", ncol=3,
  q="What's the average, minimum and maximum age of the singers?",
  p="Give me the mean singer age together with the youngest and oldest ages.",
  sql="SELECT AVG(Age), MIN(Age), MAX(Age) FROM singer"),
 dict(kind="group", ncol=2,
  q="How many singers come from each country?",
  p="Count singers per country.",
  sql="SELECT Country, COUNT(*) FROM singer GROUP BY Country"),
 dict(kind="superlative", ncol=2,
  q="Which stadium has hosted the most concerts, and how many?",
  p="Find the stadium with the largest number of concerts and give that number too.",
  sql="SELECT s.Name, COUNT(*) FROM stadium AS s JOIN concert AS c ON c.Stadium_ID = s.Stadium_ID GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC LIMIT 1",
  tie=("SELECT COUNT(*) FROM stadium AS s JOIN concert AS c ON c.Stadium_ID = s.Stadium_ID GROUP BY s.Stadium_ID ORDER BY COUNT(*) DESC", 1)),
 dict(kind="join", ncol=2,
  q="who sang at the concert with the theme 'Free choice'? give name and country",
  p="List the names and countries of singers performing in the concert themed Free choice.",
  sql="SELECT s.Name, s.Country FROM singer AS s JOIN singer_in_concert AS sc ON sc.Singer_ID = s.Singer_ID JOIN concert AS c ON c.concert_ID = sc.concert_ID WHERE c.Theme = 'Free choice'"),
 dict(kind="set", ncol=1,
  q="Which singers have never performed in any concert?",
  p="Names of singers who don't appear in a single concert.",
  sql="SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM singer_in_concert)"),
 dict(kind="ratio", ncol=1,
  q="What percent of the singers are male?",
  p="Share of male singers among all singers, as a percentage.",
  sql="SELECT 100.0 * SUM(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM singer"),
 dict(kind="projection", ncol=3,
  q="show every singer's name with their song name and the year the song came out",
  p="For all singers, list the singer name, song title and song release year.",
  sql="SELECT Name, Song_Name, Song_release_year FROM singer"),
],
"cre_Doc_Template_Mgt": [
 dict(kind="count", ncol=1,
  q="How many paper templates do we have?",
  p="Count the templates whose template type is Paper.",
  sql="SELECT COUNT(*) FROM Templates AS t JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Paper'"),
 dict(kind="list", ncol=2,
  q="List all template type codes and what they mean.",
  p="Give each template type code with its description.",
  sql="SELECT Template_Type_Code, Template_Type_Description FROM Ref_Template_Types"),
 dict(kind="filter-text", ncol=1,
  q="which documents have CV in the name?",
  p="Find the names of documents whose name contains 'CV'.",
  sql="SELECT Document_Name FROM Documents WHERE Document_Name LIKE '%CV%'"),
 dict(kind="filter-number", ncol=1,
  q="Which template IDs have a version number higher than 6?",
  p="Give the ids of templates that are above version 6.",
  sql="SELECT Template_ID FROM Templates WHERE Version_Number > 6"),
 dict(kind="aggregate", ncol=2,
  q="whats the average and the max version number over all templates",
  p="Compute the mean template version number and the highest one.",
  sql="SELECT AVG(Version_Number), MAX(Version_Number) FROM Templates"),
 dict(kind="group", ncol=2,
  q="How many templates are there of each template type code?",
  p="Count templates grouped by type code.",
  sql="SELECT Template_Type_Code, COUNT(*) FROM Templates GROUP BY Template_Type_Code"),
 dict(kind="superlative", ncol=2,
  q="Which document has the most paragraphs? Show its name and the paragraph count.",
  p="Give the name of the document containing the greatest number of paragraphs, plus how many it has.",
  sql="SELECT d.Document_Name, COUNT(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID ORDER BY COUNT(*) DESC LIMIT 1",
  tie=("SELECT COUNT(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID GROUP BY d.Document_ID ORDER BY COUNT(*) DESC", 1)),
 dict(kind="join", ncol=1,
  q="What kind of template (type description) does the document 'Data base' use?",
  p="For the document named Data base, give the description of its template's type.",
  sql="SELECT r.Template_Type_Description FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE d.Document_Name = 'Data base'"),
 dict(kind="set", ncol=1,
  q="IDs of templates that no document uses",
  p="Which template ids are not referenced by any document?",
  sql="SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
 dict(kind="ratio", ncol=1,
  q="What percentage of templates are of type BK (book)?",
  p="Of all templates, what percent have the book type code BK?",
  sql="SELECT 100.0 * SUM(CASE WHEN Template_Type_Code = 'BK' THEN 1 ELSE 0 END) / COUNT(*) FROM Templates"),
 dict(kind="projection", ncol=3,
  q="Show each template's id along with its effective-from and effective-to dates.",
  p="For all templates give the template id, the date it is effective from and the date effective to.",
  sql="SELECT Template_ID, Date_Effective_From, Date_Effective_To FROM Templates"),
],
"employee_hire_evaluation": [
 dict(kind="count", ncol=1,
  q="how many employees live in Bath?",
  p="Number of employees whose city is Bath.",
  sql="SELECT COUNT(*) FROM employee WHERE City = 'Bath'"),
 dict(kind="list", ncol=2,
  q="List all the shops and who manages each one.",
  p="Give every shop name together with its manager's name.",
  sql="SELECT Name, Manager_name FROM shop"),
 dict(kind="filter-text", ncol=2,
  q="Which shops are located in Helsinki or Espoo? Show name and district.",
  p="Give the names and districts of shops whose location is either Helsinki or Espoo.",
  sql="SELECT Name, District FROM shop WHERE Location IN ('Helsinki', 'Espoo')"),
 dict(kind="filter-number", ncol=1,
  q="names of employees older than 35",
  p="Who are the employees above the age of 35?",
  sql="SELECT Name FROM employee WHERE Age > 35"),
 dict(kind="aggregate", ncol=2,
  q="What's the total bonus paid out in evaluations, and what is the average bonus?",
  p="Give the sum and the mean of all evaluation bonuses.",
  sql="SELECT SUM(Bonus), AVG(Bonus) FROM evaluation"),
 dict(kind="group", ncol=2,
  q="How many employees are there in each city?",
  p="Count employees by city.",
  sql="SELECT City, COUNT(*) FROM employee GROUP BY City"),
 dict(kind="superlative", ncol=2,
  q="Who received the single biggest bonus, and how much was it?",
  p="Name the employee with the highest evaluation bonus along with the bonus amount.",
  sql="SELECT e.Name, ev.Bonus FROM employee AS e JOIN evaluation AS ev ON ev.Employee_ID = e.Employee_ID ORDER BY ev.Bonus DESC LIMIT 1",
  tie=("SELECT ev.Bonus FROM employee AS e JOIN evaluation AS ev ON ev.Employee_ID = e.Employee_ID ORDER BY ev.Bonus DESC", 1)),
 dict(kind="join", ncol=2,
  q="which shop does each employee work at? employee name + shop name",
  p="For every hired employee, show the employee's name and the name of the shop that hired them.",
  sql="SELECT e.Name, s.Name FROM employee AS e JOIN hiring AS h ON h.Employee_ID = e.Employee_ID JOIN shop AS s ON s.Shop_ID = h.Shop_ID"),
 dict(kind="set", ncol=1,
  q="Which employees have never been given an evaluation bonus?",
  p="List the names of employees who have no evaluation records.",
  sql="SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)"),
 dict(kind="ratio", ncol=1,
  q="what % of hires are full time",
  p="Among all hiring records, what percentage are full-time positions?",
  sql="SELECT 100.0 * SUM(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / COUNT(*) FROM hiring"),
 dict(kind="projection", ncol=3,
  q="Show the name, location and number of products for every shop.",
  p="For each shop, list its name, where it is and how many products it carries.",
  sql="SELECT Name, Location, Number_products FROM shop"),
],
"museum_visit": [
 dict(kind="count", ncol=1,
  q="How many museums opened after 2009?",
  p="Count the museums whose opening year is later than 2009.",
  sql="SELECT COUNT(*) FROM museum WHERE Open_Year > '2009'"),
 dict(kind="list", ncol=1,
  q="list all visitor names",
  p="What are the names of all the museum visitors?",
  sql="SELECT Name FROM visitor"),
 dict(kind="filter-text", ncol=2,
  q="When did the Capital Plaza Museum open and how many staff does it have?",
  p="Give the open year and staff number of the museum called Capital Plaza Museum.",
  sql="SELECT Open_Year, Num_of_Staff FROM museum WHERE Name = 'Capital Plaza Museum'"),
 dict(kind="filter-number", ncol=1,
  q="Which visitors are under 30?",
  p="Names of the visitors younger than thirty.",
  sql="SELECT Name FROM visitor WHERE Age < 30"),
 dict(kind="aggregate", ncol=2,
  q="total tickets bought and total money spent across all visits?",
  p="Sum the number of tickets and the total amount spent over every museum visit.",
  sql="SELECT SUM(Num_of_Ticket), SUM(Total_spent) FROM visit"),
 dict(kind="group", ncol=2,
  q="For each museum that had visits, how many tickets were sold in total?",
  p="Give each visited museum's name and its total number of tickets.",
  sql="SELECT m.Name, SUM(v.Num_of_Ticket) FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID GROUP BY m.Museum_ID"),
 dict(kind="superlative", ncol=2,
  q="Which visitor has spent the most money in total? Give the name and the amount.",
  p="Find the visitor with the highest total spending across all their visits, and show that total.",
  sql="SELECT vi.Name, SUM(v.Total_spent) FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC LIMIT 1",
  tie=("SELECT SUM(v.Total_spent) FROM visitor AS vi JOIN visit AS v ON v.visitor_ID = vi.ID GROUP BY vi.ID ORDER BY SUM(v.Total_spent) DESC", 1)),
 dict(kind="join", ncol=1,
  q="what museums did Fernando Gago visit",
  p="Names of the museums visited by the visitor Fernando Gago.",
  sql="SELECT m.Name FROM museum AS m JOIN visit AS v ON v.Museum_ID = m.Museum_ID JOIN visitor AS vi ON vi.ID = v.visitor_ID WHERE vi.Name = 'Fernando Gago'"),
 dict(kind="set", ncol=1,
  q="Which museums have never had a visitor?",
  p="List museums with no visit records.",
  sql="SELECT Name FROM museum WHERE Museum_ID NOT IN (SELECT Museum_ID FROM visit)"),
 dict(kind="ratio", ncol=1,
  q="On average how much is spent per ticket, taking all visits together?",
  p="Total amount spent divided by total tickets bought, over every visit.",
  sql="SELECT SUM(Total_spent) / SUM(Num_of_Ticket) FROM visit"),
 dict(kind="projection", ncol=3,
  q="Show every museum's name, its staff count and the year it opened.",
  p="For all museums list name, number of staff and open year.",
  sql="SELECT Name, Num_of_Staff, Open_Year FROM museum"),
],
"orchestra": [
 dict(kind="count", ncol=1,
  q="How many American conductors are there?",
  p="Count the conductors whose nationality is USA.",
  sql="SELECT COUNT(*) FROM conductor WHERE Nationality = 'USA'"),
 dict(kind="list", ncol=2,
  q="list the orchestras with their record companies",
  p="Give each orchestra's name and the record company it works with.",
  sql="SELECT Orchestra, Record_Company FROM orchestra"),
 dict(kind="filter-text", ncol=2,
  q="Which orchestras record with Decca Records, and when were they founded?",
  p="Show the name and founding year of orchestras whose record company is Decca Records.",
  sql="SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'"),
 dict(kind="filter-number", ncol=1,
  q="conductors with more than 15 years of work?",
  p="Who has worked as a conductor for over fifteen years?",
  sql="SELECT Name FROM conductor WHERE Year_of_Work > 15"),
 dict(kind="aggregate", ncol=2,
  q="What are the average and the highest official ratings (in millions) of the performances?",
  p="Give the mean and maximum official rating in millions across all performances.",
  sql="SELECT AVG(\"Official_ratings_(millions)\"), MAX(\"Official_ratings_(millions)\") FROM performance"),
 dict(kind="group", ncol=2,
  q="How many orchestras use each major record format?",
  p="Number of orchestras per major record format.",
  sql="SELECT Major_Record_Format, COUNT(*) FROM orchestra GROUP BY Major_Record_Format"),
 dict(kind="superlative", ncol=2,
  q="who's the oldest conductor and how old is he",
  p="Give the name and age of the conductor with the greatest age.",
  sql="SELECT Name, Age FROM conductor ORDER BY Age DESC LIMIT 1",
  tie=("SELECT Age FROM conductor ORDER BY Age DESC", 1)),
 dict(kind="join", ncol=2,
  q="Show each orchestra together with the name of its conductor.",
  p="For every orchestra, list the orchestra name and its conductor's name.",
  sql="SELECT o.Orchestra, c.Name FROM orchestra AS o JOIN conductor AS c ON c.Conductor_ID = o.Conductor_ID"),
 dict(kind="set", ncol=1,
  q="Which orchestras don't have any performances?",
  p="Names of orchestras with no performance records.",
  sql="SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
 dict(kind="ratio", ncol=1,
  q="What percentage of the conductors are British?",
  p="Share of conductors with UK nationality, in percent.",
  sql="SELECT 100.0 * SUM(CASE WHEN Nationality = 'UK' THEN 1 ELSE 0 END) / COUNT(*) FROM conductor"),
 dict(kind="projection", ncol=3,
  q="show the type, date and share of every perfomance",
  p="List each performance's type, its date and its share.",
  sql="SELECT Type, Date, Share FROM performance"),
],
"poker_player": [
 dict(kind="count", ncol=1,
  q="How many of the people are Russian?",
  p="Count people whose nationality is Russia.",
  sql="SELECT COUNT(*) FROM people WHERE Nationality = 'Russia'"),
 dict(kind="list", ncol=2,
  q="list everyone's name and nationality",
  p="Give the name and nationality of all people.",
  sql="SELECT Name, Nationality FROM people"),
 dict(kind="filter-text", ncol=2,
  q="When was Teodor Salparov born and how tall is he?",
  p="Give the birth date and height of the person named Teodor Salparov.",
  sql="SELECT Birth_Date, Height FROM people WHERE Name = 'Teodor Salparov'"),
 dict(kind="filter-number", ncol=2,
  q="which poker players earned more than 200k? show name and earnings",
  p="Names and earnings of poker players whose earnings exceed 200,000.",
  sql="SELECT pe.Name, pp.Earnings FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID WHERE pp.Earnings > 200000"),
 dict(kind="aggregate", ncol=2,
  q="What are the total and average earnings of the poker players?",
  p="Sum and mean of poker player earnings.",
  sql="SELECT SUM(Earnings), AVG(Earnings) FROM poker_player"),
 dict(kind="group", ncol=2,
  q="How many people are there from each nationality?",
  p="Count people grouped by nationality.",
  sql="SELECT Nationality, COUNT(*) FROM people GROUP BY Nationality"),
 dict(kind="superlative", ncol=2,
  q="Top 3 poker players by earnings - names and how much they earned.",
  p="Which three poker players have earned the most? Show their names and earnings.",
  sql="SELECT pe.Name, pp.Earnings FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID ORDER BY pp.Earnings DESC LIMIT 3",
  tie=("SELECT pp.Earnings FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID ORDER BY pp.Earnings DESC", 3)),
 dict(kind="join", ncol=1,
  q="What are the heights of the poker players?",
  p="For everyone who is a poker player, show how tall they are.",
  sql="SELECT pe.Height FROM poker_player AS pp JOIN people AS pe ON pe.People_ID = pp.People_ID"),
 dict(kind="set", ncol=1,
  q="who in the people table isnt a poker player",
  p="Names of people that have no poker player record.",
  sql="SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
 dict(kind="ratio", ncol=1,
  q="What percentage of the people are poker players?",
  p="Out of everyone listed in people, what percent also appear as poker players?",
  sql="SELECT 100.0 * (SELECT COUNT(DISTINCT People_ID) FROM poker_player) / COUNT(*) FROM people"),
 dict(kind="projection", ncol=4,
  q="Show each poker player's id, final tables made, best finish and money rank.",
  p="For all poker players list player id, number of final tables made, best finish and money rank.",
  sql="SELECT Poker_Player_ID, Final_Table_Made, Best_Finish, Money_Rank FROM poker_player"),
],
"singer": [
 dict(kind="count", ncol=1,
  q="How many singers are American citizens?",
  p="Count singers whose citizenship is United States.",
  sql="SELECT COUNT(*) FROM singer WHERE Citizenship = 'United States'"),
 dict(kind="list", ncol=1,
  q="list all song titles",
  p="What are the titles of every song?",
  sql="SELECT Title FROM song"),
 dict(kind="filter-text", ncol=2,
  q="Which singers are German or Chilean? Show name and citizenship.",
  p="Names and citizenships of singers who are citizens of Germany or Chile.",
  sql="SELECT Name, Citizenship FROM singer WHERE Citizenship IN ('Germany', 'Chile')"),
 dict(kind="filter-number", ncol=1,
  q="singers worth more than 20m?",
  p="Which singers have a net worth above 20 million?",
  sql="SELECT Name FROM singer WHERE Net_Worth_Millions > 20"),
 dict(kind="aggregate", ncol=1,
  q="What do the sales of all songs add up to?",
  p="Total sales summed over every song.",
  sql="SELECT SUM(Sales) FROM song"),
 dict(kind="group", ncol=2,
  q="How many singers hold each citizenship?",
  p="Number of singers per citizenship.",
  sql="SELECT Citizenship, COUNT(*) FROM singer GROUP BY Citizenship"),
 dict(kind="superlative", ncol=2,
  q="Who is the youngest singer? Give name and birth year.",
  p="Name the singer born most recently, with their year of birth.",
  sql="SELECT Name, Birth_Year FROM singer ORDER BY Birth_Year DESC LIMIT 1",
  tie=("SELECT Birth_Year FROM singer ORDER BY Birth_Year DESC", 1)),
 dict(kind="join", ncol=2,
  q="song titles along with who sings them",
  p="List each song's title and the name of its singer.",
  sql="SELECT so.Title, si.Name FROM song AS so JOIN singer AS si ON si.Singer_ID = so.Singer_ID"),
 dict(kind="set", ncol=1,
  q="Which singers don't have any songs?",
  p="Names of singers with no songs listed.",
  sql="SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)"),
 dict(kind="ratio", ncol=1,
  q="What percentage of total song sales comes from Liliane Bettencourt's songs?",
  p="Liliane Bettencourt's songs account for what percent of all song sales?",
  sql="SELECT 100.0 * SUM(CASE WHEN si.Name = 'Liliane Bettencourt' THEN so.Sales ELSE 0 END) / SUM(so.Sales) FROM song AS so JOIN singer AS si ON si.Singer_ID = so.Singer_ID"),
 dict(kind="projection", ncol=3,
  q="Show each singer's name, birth year and net worth.",
  p="For all singers give the name, the year they were born and their net worth in millions.",
  sql="SELECT Name, Birth_Year, Net_Worth_Millions FROM singer"),
],
"tvshow": [
 dict(kind="count", ncol=1,
  q="how many tv channels broadcast in English",
  p="Count the channels whose language is English.",
  sql="SELECT COUNT(*) FROM TV_Channel WHERE Language = 'English'"),
 dict(kind="list", ncol=1,
  q="List all cartoon titles.",
  p="What are the titles of all the cartoons?",
  sql="SELECT Title FROM Cartoon"),
 dict(kind="filter-text", ncol=1,
  q="Which channels are based in the UK?",
  p="Series names of the TV channels whose country is the United Kingdom.",
  sql="SELECT series_name FROM TV_Channel WHERE Country = 'United Kingdom'"),
 dict(kind="filter-number", ncol=2,
  q="Which episodes had more than 6m viewers? Give episode and viewers.",
  p="List episodes watched by over 6 million viewers, with their viewer numbers.",
  sql="SELECT Episode, Viewers_m FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6"),
 dict(kind="aggregate", ncol=2,
  q="whats the average and the highest share of the tv series episodes",
  p="Mean and maximum share across all TV series episodes.",
  sql="SELECT AVG(Share), MAX(Share) FROM TV_series"),
 dict(kind="group", ncol=2,
  q="How many cartoons has each director directed?",
  p="Count cartoons per director.",
  sql="SELECT Directed_by, COUNT(*) FROM Cartoon GROUP BY Directed_by"),
 dict(kind="superlative", ncol=2,
  q="Which episode had the best (lowest) weekly rank, and what was it?",
  p="Give the episode with the smallest weekly rank number along with that rank.",
  sql="SELECT Episode, Weekly_Rank FROM TV_series ORDER BY Weekly_Rank ASC LIMIT 1",
  tie=("SELECT Weekly_Rank FROM TV_series ORDER BY Weekly_Rank ASC", 1)),
 dict(kind="join", ncol=1,
  q="Which channels (series names) aired cartoons written by Todd Casey?",
  p="Series names of the TV channels showing a cartoon whose writer is Todd Casey.",
  sql="SELECT ch.series_name FROM TV_Channel AS ch JOIN Cartoon AS c ON c.Channel = ch.id WHERE c.Written_by = 'Todd Casey'"),
 dict(kind="set", ncol=1,
  q="channels that don't show any cartoons?",
  p="List the series names of TV channels with no cartoons.",
  sql="SELECT series_name FROM TV_Channel WHERE id NOT IN (SELECT Channel FROM Cartoon)"),
 dict(kind="ratio", ncol=1,
  q="What percent of the TV channels are high definition?",
  p="Share of channels that offer HD, as a percentage of all channels.",
  sql="SELECT 100.0 * SUM(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / COUNT(*) FROM TV_Channel"),
 dict(kind="projection", ncol=3,
  q="Show the series name, country and package option for every channel.",
  p="For each TV channel list its series name, the country and which package option it has.",
  sql="SELECT series_name, Country, Package_Option FROM TV_Channel"),
],
"world_1": [
 dict(kind="count", ncol=1,
  q="How many countries are in Europe?",
  p="Number of countries whose continent is Europe.",
  sql="SELECT COUNT(*) FROM country WHERE Continent = 'Europe'"),
 dict(kind="list", ncol=1,
  q="list all the different forms of government",
  p="What distinct government forms appear among the countries?",
  sql="SELECT DISTINCT GovernmentForm FROM country"),
 dict(kind="filter-text", ncol=2,
  q="Who is Brazil's head of state and what's its form of government?",
  p="Give the head of state and government form of Brazil.",
  sql="SELECT HeadOfState, GovernmentForm FROM country WHERE Name = 'Brazil'"),
 dict(kind="filter-number", ncol=1,
  q="countries with over 200 million people",
  p="Which countries have a population above 200m?",
  sql="SELECT Name FROM country WHERE Population > 200000000"),
 dict(kind="aggregate", ncol=2,
  q="What is the average life expectancy and the total population of Africa?",
  p="For African countries, give the mean life expectancy and the summed population.",
  sql="SELECT AVG(LifeExpectancy), SUM(Population) FROM country WHERE Continent = 'Africa'"),
 dict(kind="group", ncol=2,
  q="How many countries does each continent have?",
  p="Count countries per continent.",
  sql="SELECT Continent, COUNT(*) FROM country GROUP BY Continent"),
 dict(kind="superlative", ncol=2,
  q="What are the five most populous cities, with their populations?",
  p="Top 5 cities by population - name and population.",
  sql="SELECT Name, Population FROM city ORDER BY Population DESC LIMIT 5",
  tie=("SELECT Population FROM city ORDER BY Population DESC", 5)),
 dict(kind="join", ncol=1,
  q="what are the official languages of Belgium",
  p="List the languages that are official in Belgium.",
  sql="SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON c.Code = cl.CountryCode WHERE c.Name = 'Belgium' AND cl.IsOfficial = 'T'"),
 dict(kind="set", ncol=1,
  q="Which languages are spoken in both Canada and the United States?",
  p="Languages that appear in Canada's list and also in the USA's list.",
  sql="SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON c.Code = cl.CountryCode WHERE c.Name = 'Canada' INTERSECT SELECT cl.Language FROM countrylanguage AS cl JOIN country AS c ON c.Code = cl.CountryCode WHERE c.Name = 'United States'"),
 dict(kind="ratio", ncol=1,
  q="What percentage of the world's population lives in Asia?",
  p="Asia's share of total world population, in percent.",
  sql="SELECT 100.0 * SUM(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / SUM(Population) FROM country"),
 dict(kind="projection", ncol=3,
  q="Show every country's name together with its local name and 2-letter code.",
  p="For all countries list the name, the local name and the two-character code.",
  sql="SELECT Name, LocalName, Code2 FROM country"),
],
}

UNANSWERABLE = [
 ("battle_death", "How many sailors were on board each ship when it was lost?"),
 ("battle_death", "What was the weather like on the day of the Battle of Adrianople?"),
 ("concert_singer", "What was the ticket price for each concert?"),
 ("cre_Doc_Template_Mgt", "Who is the author of each document?"),
 ("employee_hire_evaluation", "What is the monthly salary of each employee?"),
 ("museum_visit", "In which city is each museum located?"),
 ("orchestra", "How many musicians play in each orchestra?"),
 ("poker_player", "How much does each poker player weigh?"),
 ("singer", "What music genre is each song?"),
 ("tvshow", "What is the monthly subscription price of each TV channel?"),
 ("world_1", "What is the official currency of Japan?"),
 ("world_1", "What is the elevation of each city above sea level?"),
]


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main():
    errors = []
    out = []
    seen = {}
    for db, items in ITEMS.items():
        path = os.path.join(DB_ROOT, db, db + ".sqlite")
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        if len(items) != 11:
            errors.append("%s: %d items, want 11" % (db, len(items)))
        kinds = Counter(it["kind"] for it in items)
        if set(kinds) != set(KINDS) or any(v != 1 for v in kinds.values()):
            errors.append("%s: kinds not one each: %s" % (db, dict(kinds)))
        for it in items:
            tag = "%s: %s" % (db, it["q"])
            for text in (it["q"], it["p"]):
                k = norm(text)
                if k in seen:
                    errors.append("duplicate text: %r (also %s)" % (text, seen[k]))
                seen[k] = tag
            try:
                cur = con.execute(it["sql"])
                rows = cur.fetchall()
                ncol = len(cur.description)
            except sqlite3.Error as e:
                errors.append("%s: SQL error %s" % (tag, e))
                continue
            if not rows:
                errors.append("%s: no rows" % tag)
            elif all(v is None for r in rows for v in r):
                errors.append("%s: only NULLs" % tag)
            if ncol != it["ncol"]:
                errors.append("%s: %d columns, declared %d" % (tag, ncol, it["ncol"]))
            is_top = it["kind"] == "superlative" or re.search(r"\bLIMIT\b", it["sql"], re.I)
            if is_top:
                if "tie" not in it:
                    errors.append("%s: top-N/superlative item lacks tie check" % tag)
                else:
                    tsql, n = it["tie"]
                    if re.search(r"\bLIMIT\b", tsql, re.I):
                        errors.append("%s: tie query must not have LIMIT" % tag)
                    vals = con.execute(tsql).fetchall()
                    m = re.search(r"\bLIMIT\s+(\d+)", it["sql"], re.I)
                    if m and int(m.group(1)) != n:
                        errors.append("%s: tie n %d != LIMIT %s" % (tag, n, m.group(1)))
                    if len(vals) < n:
                        errors.append("%s: fewer than %d ranked rows" % (tag, n))
                    elif len(vals) > n and vals[n - 1] == vals[n]:
                        errors.append("%s: tie at cut-off %d: %r" % (tag, n, vals[n - 1]))
            out.append({"question": it["q"], "db_id": db, "query": it["sql"],
                        "paraphrase": it["p"], "kind": it["kind"]})
        con.close()

    unans = []
    for db, q in UNANSWERABLE:
        if not os.path.exists(os.path.join(DB_ROOT, db, db + ".sqlite")):
            errors.append("unanswerable: unknown db %s" % db)
        k = norm(q)
        if k in seen:
            errors.append("duplicate text: %r" % q)
        seen[k] = db
        unans.append({"question": q, "db_id": db, "query": ""})
    if len(unans) != 12:
        errors.append("want 12 unanswerable, have %d" % len(unans))
    if len(out) != 110:
        errors.append("want 110 items, have %d" % len(out))

    if errors:
        print("FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)

    with open(os.path.join(HERE, "spider_v16_A.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "spider_v16_A_unanswerable.json"), "w", encoding="utf-8") as f:
        json.dump(unans, f, indent=1, ensure_ascii=False)
    kinds = Counter(o["kind"] for o in out)
    multi = sum(1 for items in ITEMS.values() for it in items if it["ncol"] >= 2)
    print("OK: %d items, %d unanswerable" % (len(out), len(unans)))
    print("kinds:", dict(kinds))
    print("2+ columns:", multi)


if __name__ == "__main__":
    main()
