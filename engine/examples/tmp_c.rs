use advisor_engine::*;
fn main() {
    let s = decode(&std::env::args().nth(1).unwrap()).selection;
    let e = evaluate(&s);
    println!("{:?} {:?} clarity {}", e.verdict, e.basis, e.clarity);
    for c in e.contributions() {
        println!("{:?}", c);
    }
}
