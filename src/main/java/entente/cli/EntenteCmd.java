package entente.cli;
public class EntenteCmd { public static void main(String[] a) { for (var s : entente.nlp.Pipeline.shared().annotate(String.join(" ", a))) System.out.println(s.tokens()); } }
