#!/usr/bin/env python3
"""Writes a synthetic household register (CSV, the import layout, Chinese headers) for benchmarks.

Usage: make-register.py RESIDENTS OUT.csv [--households-per-group 50] [--seed 7] [--start-no 1] [--region 110105]
Every ID number is valid (GB 11643 check digit) and unique; each household has exactly one head.
"""
import random
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰春梅海燕文辉"


def id_number(region, birth, seq):
    first17 = region + birth + "%03d" % seq
    return first17 + CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def main():
    residents = int(sys.argv[1])
    out = sys.argv[2]
    args = sys.argv[3:]
    per_group = int(args[args.index("--households-per-group") + 1]) if "--households-per-group" in args else 50
    rng = random.Random(int(args[args.index("--seed") + 1]) if "--seed" in args else 7)
    start = int(args[args.index("--start-no") + 1]) if "--start-no" in args else 1
    region = args[args.index("--region") + 1] if "--region" in args else "110105"
    used = set()
    written = 0
    household = start
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("小组编号,村民小组,户号,住址,户类别,姓名,身份证号,与户主关系,电话,文化程度,健康状况,违法犯罪记录\r\n")
        while written < residents:
            size = min(rng.randint(2, 5), residents - written)
            group = (household - start) // per_group + 1
            surname = rng.choice(SURNAMES)
            for member in range(size):
                relation = "户主" if member == 0 else ("配偶" if member == 1 else "子女")
                year = rng.randint(1945, 1985) if member < 2 else rng.randint(1986, 2020)
                while True:
                    birth = "%04d%02d%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
                    number = id_number(region, birth, rng.randint(0, 999))
                    if number not in used:
                        used.add(number)
                        break
                name = surname + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
                phone = "13%09d" % rng.randint(0, 999999999) if member < 2 and rng.random() < 0.5 else ""
                f.write("%02d,%d组,H%06d,第%d组%d号,一般户,%s,%s,%s,%s,初中,良好,无\r\n"
                        % (group, group, household, group, household, name, number, relation, phone))
                written += 1
            household += 1
    print("%d residents in %d households" % (written, household - start), file=sys.stderr)


if __name__ == "__main__":
    main()
