/* Fuzz target: tier 0, the built-in question reader (nl_generate) on a small sales schema with
 * a few stored values, and the write-intent check every question passes (nl_write_intent). The
 * input is the question. Besides crashes it checks that every SQL tier 0 writes prepares on the
 * database its schema came from (a query tier 0 cannot run is a wrong answer, not a refusal). */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "nl/nl.h"
#include "util/question.h"

static struct db *g_db;
static struct schema g_schema;

/* The demo database's shape (src/db/demo.c), with a handful of rows so that values link. */
static const char sales_ddl[] =
    "CREATE TABLE regions(region_id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE categories(category_id INTEGER PRIMARY KEY, name TEXT NOT NULL, description "
    "  TEXT);"
    "CREATE TABLE products(product_id INTEGER PRIMARY KEY, name TEXT NOT NULL, category_id "
    "  INTEGER NOT NULL REFERENCES categories(category_id), unit_price REAL NOT NULL, unit_cost "
    "  REAL NOT NULL, launch_date DATE, discontinued INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE employees(employee_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name "
    "  TEXT NOT NULL, title TEXT NOT NULL, region_id INTEGER REFERENCES regions(region_id), "
    "  manager_id INTEGER REFERENCES employees(employee_id), hire_date DATE NOT NULL, salary "
    "  REAL);"
    "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name "
    "  TEXT NOT NULL, company TEXT, email TEXT, phone TEXT, city TEXT NOT NULL, country TEXT NOT "
    "  NULL, region_id INTEGER NOT NULL REFERENCES regions(region_id), segment TEXT NOT NULL, "
    "  signup_date DATE NOT NULL, loyalty_member INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES "
    "  customers(customer_id), employee_id INTEGER REFERENCES employees(employee_id), order_date "
    "  DATE NOT NULL, ship_date DATE, status TEXT NOT NULL, channel TEXT NOT NULL, shipping_cost "
    "  REAL);"
    "CREATE TABLE order_items(order_item_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL "
    "  REFERENCES orders(order_id), product_id INTEGER NOT NULL REFERENCES products(product_id), "
    "  quantity INTEGER NOT NULL, unit_price REAL NOT NULL, discount REAL);"
    "INSERT INTO regions VALUES (1,'North America'),(2,'Europe'),(3,'Asia Pacific');"
    "INSERT INTO categories VALUES (1,'Electronics','Devices'),(2,'Office Supplies',NULL),"
    "  (3,'Furniture','Desks and chairs');"
    "INSERT INTO products VALUES (1,'Laptop Pro',1,1299.0,900.0,'2021-02-01',0),"
    "  (2,'Desk Lamp',3,39.5,12.0,'2020-05-10',0),(3,'Stapler',2,9.99,2.5,'2019-01-15',1);"
    "INSERT INTO employees VALUES (1,'Ada','King','Sales Manager',1,NULL,'2018-03-01',98000),"
    "  (2,'Bruno','Diaz','Sales Representative',2,1,'2020-07-15',61000);"
    "INSERT INTO customers VALUES (1,'Maria','Lopez','Acme','m@x.io','555',"
    "  'Madrid','Spain',2,'Consumer','2021-04-03',1),(2,'John','Smith',NULL,NULL,NULL,"
    "  'Boston','United States',1,'Corporate','2022-09-12',0),(3,'Li','Wei','Pan Co',NULL,NULL,"
    "  'Sydney','Australia',3,'Small Business','2023-01-30',0);"
    "INSERT INTO orders VALUES (1,1,1,'2023-01-05','2023-01-07','delivered','online',5.0),"
    "  (2,2,2,'2023-02-11',NULL,'pending','retail',NULL),(3,3,1,'2024-03-20','2024-03-25',"
    "  'cancelled','partner',7.5),(4,1,2,'2024-06-02','2024-06-04','returned','online',3.0),"
    "  (5,2,1,'2022-11-30','2022-12-02','shipped','phone',4.0);"
    "INSERT INTO order_items VALUES (1,1,1,1,1299.0,0),(2,1,2,2,39.5,0.1),(3,2,3,10,9.99,NULL),"
    "  (4,3,2,1,39.5,0),(5,4,1,1,1250.0,0.05),(6,5,3,3,9.99,0);";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_open_schema(sales_ddl, &g_db, &g_schema);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *q = fuzz_cstr(data, size);
    char why[200];
    struct nl_answer a;
    struct err e = {0};
    memset(&a, 0, sizeof a);
    struct question *read = NULL;
    if (question_read(q, &read) == 0) {
        nl_write_intent(read, why, sizeof why);
        if (nl_generate(&g_schema, read, &a, &e) == 0 &&
            (a.confidence < 0 || a.confidence > 1 || (a.sql && !a.sql[0])))
            abort();
    }
    question_free(read);
    struct db_error de;
    memset(&de, 0, sizeof de);
    if (a.sql && db_check(g_db, a.sql, &de)) {
        fprintf(stderr, "tier 0 wrote SQL that does not prepare: %s\n  %s\n", de.msg, a.sql);
        abort();
    }
    nl_answer_free(&a);
    free(q);
    return 0;
}
